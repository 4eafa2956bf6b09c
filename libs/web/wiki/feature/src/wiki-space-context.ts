import type { WikiSpaceFieldsFragment } from '@pillars/web/graphql';
import { useOutletContext } from 'react-router-dom';

export interface WikiSpaceContext {
  space: WikiSpaceFieldsFragment;
  /** Pages to open in the tree (the shown page's ancestors) and the page shown, set by the page view. */
  setOpenIds: (ids: string[], currentId: string | null) => void;
}

/** The space shown by the route around it. */
export const useWikiSpace = () => useOutletContext<WikiSpaceContext>();
