import { Box, Slider, Stack, Text } from '@mantine/core';
import { type KeyboardEvent, type PointerEvent, useEffect, useId, useRef, useState } from 'react';

export interface SquareCrop {
  x: number;
  y: number;
  size: number;
}

export interface PhotoCropperProps {
  /** The image, upright (as the server stored it), and its size in pixels. */
  src: string;
  width: number;
  height: number;
  onChange: (crop: SquareCrop) => void;
  labels: { frame: string; instructions: string; zoom: string };
  /** Focus the frame when the cropper opens, so the arrow keys work at once. */
  autoFocus?: boolean;
}

const MAX_ZOOM = 4;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The square a zoom and a centre make inside the image, in whole pixels. */
export function cropOf(width: number, height: number, zoom: number, cx: number, cy: number): SquareCrop {
  const size = Math.max(1, Math.floor(Math.min(width, height) / zoom));
  const x = Math.round(clamp(cx - size / 2, 0, width - size));
  const y = Math.round(clamp(cy - size / 2, 0, height - size));
  return { x, y, size };
}

/**
 * Chooses the square of a photo to keep: a square frame over the image, a zoom slider, and
 * panning by dragging or with the arrow keys (Shift for bigger steps, + and − zoom). No library:
 * the image is positioned in percentages of the frame, so it works at any width (a 375 px phone).
 */
export function PhotoCropper({ src, width, height, onChange, labels, autoFocus = false }: PhotoCropperProps) {
  const [zoom, setZoom] = useState(1);
  const [centre, setCentre] = useState({ x: width / 2, y: height / 2 });
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<{ px: number; py: number; cx: number; cy: number } | null>(null);
  const hintId = useId();
  const crop = cropOf(width, height, zoom, centre.x, centre.y);
  const realCentre = { x: crop.x + crop.size / 2, y: crop.y + crop.size / 2 };

  useEffect(() => {
    if (autoFocus) frame.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening only
  }, []);
  useEffect(() => {
    onChange(crop);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- report the crop when it changes, not when the callback does
  }, [crop.x, crop.y, crop.size]);

  // Kept inside the image for the current size, so panning past an edge never "sticks".
  const moveTo = (x: number, y: number) => setCentre({ x: clamp(x, crop.size / 2, width - crop.size / 2), y: clamp(y, crop.size / 2, height - crop.size / 2) });
  const panBy = (dx: number, dy: number) => moveTo(realCentre.x + dx, realCentre.y + dy);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = crop.size * (e.shiftKey ? 0.2 : 0.05);
    // Arrows move the photo under the frame as the person sees it, in either direction of text.
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      panBy(move[0], move[1]);
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      setZoom((z) => clamp(z + 0.25, 1, MAX_ZOOM));
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      setZoom((z) => clamp(z - 0.25, 1, MAX_ZOOM));
    }
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = { px: e.clientX, py: e.clientY, cx: realCentre.x, cy: realCentre.y };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    const box = frame.current?.getBoundingClientRect();
    if (!start || !box?.width) return;
    const scale = crop.size / box.width;
    // Dragging the photo right shows more of its left side.
    moveTo(start.cx - (e.clientX - start.px) * scale, start.cy - (e.clientY - start.py) * scale);
  };
  const endDrag = () => {
    drag.current = null;
  };

  const pct = (v: number) => `${(v / crop.size) * 100}%`;
  return (
    <Stack gap="sm" maw={320} w="100%">
      <Box
        ref={frame}
        className="mantine-focus-auto"
        tabIndex={0}
        role="group"
        aria-label={labels.frame}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        style={{ position: 'relative', width: '100%', aspectRatio: '1 / 1', overflow: 'hidden', borderRadius: 'var(--mantine-radius-md)', touchAction: 'none', cursor: 'grab', background: 'var(--mantine-color-gray-2)', outlineOffset: 2 }}
        dir="ltr"
      >
        <img
          src={src}
          alt=""
          draggable={false}
          style={{ position: 'absolute', maxWidth: 'none', left: pct(-crop.x), top: pct(-crop.y), width: pct(width), height: pct(height), userSelect: 'none', pointerEvents: 'none' }}
        />
        <div aria-hidden="true" style={{ position: 'absolute', inset: 0, borderRadius: '50%', boxShadow: '0 0 0 2px rgba(255,255,255,0.9), 0 0 0 999px rgba(0,0,0,0.35)' }} />
      </Box>
      <Text id={hintId} size="xs" c="dimmed">
        {labels.instructions}
      </Text>
      <Slider label={null} min={1} max={MAX_ZOOM} step={0.05} value={zoom} onChange={setZoom} thumbLabel={labels.zoom} />
    </Stack>
  );
}
