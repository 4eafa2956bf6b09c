/** GraphQL documents shared by the wiki specs (not a spec: importing a spec re-runs its tests). */
export const CREATE_SPACE = `mutation($input: CreateWikiSpaceInput!) { createWikiSpace(input: $input) { space { id key name visibility outsiderAccess reviewCycleMonths viewerRole abilities { canEdit canAdmin } team { id name } } } }`;
export const UPDATE_SPACE = `mutation($input: UpdateWikiSpaceInput!) { updateWikiSpace(input: $input) { space { id name visibility outsiderAccess reviewCycleMonths } } }`;
export const SET_MEMBER = `mutation($input: SetWikiSpaceMemberInput!) { setWikiSpaceMember(input: $input) { space { id viewerRole } } }`;
export const SPACES = `query { wikiSpaces(first: 100) { edges { node { id key viewerRole } } } }`;
export const SPACE = `query($id: ID!) { wikiSpace(id: $id) { id key viewerRole abilities { canEdit canAdmin } } }`;
export const TREE = `query($id: ID!, $parentId: ID) { wikiSpace(id: $id) { id pages(parentId: $parentId, first: 50) { edges { node { id title slug position hasChildren } } } } }`;
export const CREATE_PAGE = `mutation($input: CreateWikiPageInput!) { createWikiPage(input: $input) { page { id slug title body bodyHtml language revisionNumber position
  owner { id } abilities { canEdit canAdmin } needsVerification reviewBy } } }`;
export const SAVE_PAGE = `mutation($input: SaveWikiPageInput!) { saveWikiPage(input: $input) { page { id slug title body bodyHtml revisionNumber } revision { id number title summary language author { id } } } }`;
export const RESTORE = `mutation($input: RestoreWikiRevisionInput!) { restoreWikiRevision(input: $input) { page { id title body revisionNumber } revision { number restoredFrom summary } } }`;
export const MOVE = `mutation($input: MoveWikiPageInput!) { moveWikiPage(input: $input) { page { id position parent { id } breadcrumbs { id title } } } }`;
export const DELETE_PAGE = `mutation($pageId: ID!) { deleteWikiPage(pageId: $pageId) { deletedPageIds spaceId } }`;
export const PAGE = `query($id: ID!) { wikiPage(id: $id) { id slug title body bodyHtml language revisionNumber hasChildren
  space { id key } parent { id title } breadcrumbs { id title slug } currentRevision { number }
  owner { id } verifiedAt verifiedBy { id } needsVerification reviewBy updatedBy { id } abilities { canEdit canAdmin }
  revisions(first: 100) { edges { node { number title summary author { id } } } }
  backlinks { id title spaceKey } myDraft { baseRevision title body } } }`;
export const PAGE_BY_SLUG = `query($spaceKey: String!, $slug: String!) { wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) { id title slug } }`;
export const REVISION = `query($pageId: ID!, $number: Int!) { wikiRevision(pageId: $pageId, number: $number) { number title body summary } }`;
export const DIFF = `query($pageId: ID!, $from: Int!, $to: Int!) { wikiDiff(pageId: $pageId, from: $from, to: $to) { from to parts { kind value } titleParts { kind value } } }`;
export const LINK_TARGETS = `query($query: String!, $spaceId: ID) { wikiLinkTargets(query: $query, spaceId: $spaceId) { id title slug spaceKey } }`;
export const BROKEN = `query($spaceId: ID!) { wikiBrokenLinks(spaceId: $spaceId) { page { id title } target label } }`;
export const TEMPLATES = `query { wikiTemplates { id name title body builtIn } }`;
export const CREATE_TEMPLATE = `mutation($input: CreateWikiTemplateInput!) { createWikiTemplate(input: $input) { template { id name } } }`;
export const UPDATE_TEMPLATE = `mutation($input: UpdateWikiTemplateInput!) { updateWikiTemplate(input: $input) { template { id name body } } }`;
export const DELETE_TEMPLATE = `mutation($id: ID!) { deleteWikiTemplate(id: $id) }`;
export const SAVE_DRAFT = `mutation($input: SaveWikiDraftInput!) { saveWikiDraft(input: $input) { draft { baseRevision title body } } }`;
export const DISCARD_DRAFT = `mutation($pageId: ID!) { discardWikiDraft(pageId: $pageId) { page { id myDraft { title } } } }`;
export const VERIFY = `mutation($pageId: ID!) { verifyWikiPage(pageId: $pageId) { page { id verifiedAt verifiedBy { id } needsVerification reviewBy } } }`;
export const SET_CYCLE = `mutation($input: SetWikiPageReviewCycleInput!) { setWikiPageReviewCycle(input: $input) { page { id reviewCycleMonths reviewBy needsVerification } } }`;
export const DEPARTED = `query($spaceId: ID!) { wikiDepartedOwnerPages(spaceId: $spaceId) { id title owner { id } } }`;
export const RECORD_VIEW = `mutation($pageId: ID!) { recordWikiPageView(pageId: $pageId) }`;
export const VIEW_STATS = `query($id: ID!) { wikiPage(id: $id) { id viewStats { views viewers last30Days } } }`;
export const SET_OWNER = `mutation($input: SetWikiPageOwnerInput!) { setWikiPageOwner(input: $input) { page { id owner { id } } } }`;
export const ABILITIES = `query { abilities { canCreateWikiSpaces canManageWikiTemplates } }`;
