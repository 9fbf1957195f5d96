/** The hidden worksheet of a template that says which dataset and period it is for (rows: key, value). */
export const TEMPLATE_META_SHEET = '_dxioc';
