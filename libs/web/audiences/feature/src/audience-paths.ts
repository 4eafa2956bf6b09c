export const AUDIENCES_PATH = '/admin/audiences';
export const NEW_AUDIENCE_PATH = '/admin/audiences/new';
export const audiencePath = (id: string) => `/admin/audiences/${id}`;
