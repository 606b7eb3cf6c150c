import type { SinonSandbox } from 'sinon';

/**
 * Every document the page makes with `document.implementation.createHTMLDocument` from now on (until
 * `sandbox.restore()`): where the elements prepare their templates while a request is out
 * (src/elements/shared/warm-templates.ts).
 */
export function scratchDocuments(sandbox: SinonSandbox): Document[] {
  const made: Document[] = [];
  const { implementation } = document;
  const createHTMLDocument = implementation.createHTMLDocument.bind(implementation);
  sandbox.stub(implementation, 'createHTMLDocument').callsFake((title?: string) => {
    const scratch = createHTMLDocument(title);
    made.push(scratch);
    return scratch;
  });
  return made;
}
