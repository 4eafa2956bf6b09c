import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { cropOf, PhotoCropper } from './photo-cropper';

const labels = { frame: 'Photo crop area', instructions: 'Use the arrow keys', zoom: 'Zoom' };

describe('PhotoCropper', () => {
  it('starts on the centred largest square and pans and zooms by keyboard, never leaving the image', () => {
    const onChange = vi.fn();
    render(
      <MantineProvider env="test">
        <PhotoCropper src="/p.jpg" width={400} height={200} onChange={onChange} labels={labels} />
      </MantineProvider>,
    );
    expect(onChange).toHaveBeenLastCalledWith({ x: 100, y: 0, size: 200 });
    const frame = screen.getByRole('group', { name: 'Photo crop area' });
    fireEvent.keyDown(frame, { key: 'ArrowRight' });
    expect(onChange).toHaveBeenLastCalledWith({ x: 110, y: 0, size: 200 });
    for (let i = 0; i < 30; i++) fireEvent.keyDown(frame, { key: 'ArrowRight', shiftKey: true });
    expect(onChange).toHaveBeenLastCalledWith({ x: 200, y: 0, size: 200 });
    fireEvent.keyDown(frame, { key: '+' });
    expect(onChange).toHaveBeenLastCalledWith({ x: 220, y: 20, size: 160 });
    fireEvent.keyDown(frame, { key: 'ArrowUp', shiftKey: true });
    expect(onChange).toHaveBeenLastCalledWith({ x: 220, y: 0, size: 160 });
  });

  it('computes whole-pixel squares inside the image', () => {
    expect(cropOf(301, 200, 3, 0, 0)).toEqual({ x: 0, y: 0, size: 66 });
    expect(cropOf(301, 200, 1, 1000, 1000)).toEqual({ x: 101, y: 0, size: 200 });
  });
});
