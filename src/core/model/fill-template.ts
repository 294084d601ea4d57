/**
 * An English message template filled with its parameters: `{{name}}` stands for a parameter
 * (i18next's syntax, so that the workbench's catalogues hold the very same strings); a slot
 * without a parameter is left as it is.
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : all,
  );
}
