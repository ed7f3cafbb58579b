// A TypeDoc plugin: the guides link to declarations as relative Markdown links to their source
// file, with the exported name as the anchor (`../../packages/core/src/refund/plan-refund.ts#planRefund`).
// On GitHub such a link opens the source; in the site this plugin points it at the declaration's
// API page. A link to a source file without an anchor goes to its package's page. An anchor that
// names no declaration of that package is an error, so a renamed export breaks the docs build.
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export const load = (app) => {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const { project } = context;
    const files = project.files;
    // Each package entry point (`packages/core/src/index.ts`) and the folder it serves.
    const modules = project
      .getChildrenByKind(ReflectionKind.Module)
      .map((module) => ({ module, dir: files.getReflectionPath(module)?.replace(/\/[^/]+$/, '/') }))
      .filter((entry) => entry.dir !== undefined)
      .sort((a, b) => (b.dir?.length ?? 0) - (a.dir?.length ?? 0));
    const moduleOf = (path) => modules.find((entry) => path.startsWith(entry.dir ?? ''))?.module;

    const rewrite = (parts, where) => {
      for (const part of parts ?? []) {
        if (part.kind !== 'relative-link' || typeof part.target !== 'number') continue;
        const path = files.resolvePath(part.target);
        if (!path?.endsWith('.ts')) continue;
        const module = moduleOf(path);
        if (!module) continue;
        // The link itself stops being a media file: unanchored, it leads to the package page.
        files.registerReflectionPath(path, module);
        if (!part.targetAnchor) continue;
        const target = module.getChildByName(part.targetAnchor.split('.'));
        if (!target) {
          app.logger.error(
            `${where}: ${part.text}: ${module.name} exports no ${part.targetAnchor}`,
          );
          continue;
        }
        // One registry entry per declaration, so that each link resolves to its own page.
        const { target: id } = files.registerAbsolute(`${path}::${part.targetAnchor}`);
        files.registerReflectionPath(`${path}::${part.targetAnchor}`, target);
        part.target = id;
        part.targetAnchor = undefined;
      }
    };

    rewrite(project.readme, 'README.md');
    for (const document of project.getReflectionsByKind(ReflectionKind.Document)) {
      rewrite(document.content, document.name);
    }
  });
};
