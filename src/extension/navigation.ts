// Hover, go to definition, find references, rename and semantic tokens for the
// people in a story. The logic is in people.ts.
import * as vscode from 'vscode';
import type { Span } from '../core/index';
import { hoverInfo, hoverMarkdown, nameAt, prepareRename, referenceSpans, renameEdits, speakerTokens } from './people';
import { WIRE_SELECTOR, type WireService } from './service';

export const SEMANTIC_LEGEND = new vscode.SemanticTokensLegend(['speaker'], []);

function toRange(doc: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

export function registerNavigation(context: vscode.ExtensionContext, service: WireService): void {
  const lookUp = async (doc: vscode.TextDocument, position: vscode.Position) => {
    const { story } = await service.analysisFor(doc);
    return { story, found: nameAt(story, doc.offsetAt(position)) };
  };

  const tokensChanged = new vscode.EventEmitter<void>();

  context.subscriptions.push(
    tokensChanged,
    vscode.languages.registerHoverProvider(WIRE_SELECTOR, {
      async provideHover(doc, position) {
        const { story, found } = await lookUp(doc, position);
        if (!found) return undefined;
        const markdown = new vscode.MarkdownString(hoverMarkdown(hoverInfo(story, found.person, story.lineStarts)));
        return new vscode.Hover(markdown, toRange(doc, found.mention));
      },
    }),
    vscode.languages.registerDefinitionProvider(WIRE_SELECTOR, {
      async provideDefinition(doc, position) {
        const { found } = await lookUp(doc, position);
        if (!found) return undefined;
        return new vscode.Location(doc.uri, toRange(doc, found.person.firstReference));
      },
    }),
    vscode.languages.registerReferenceProvider(WIRE_SELECTOR, {
      async provideReferences(doc, position) {
        const { story, found } = await lookUp(doc, position);
        if (!found) return undefined;
        return referenceSpans(story, found.person).map((s) => new vscode.Location(doc.uri, toRange(doc, s)));
      },
    }),
    vscode.languages.registerRenameProvider(WIRE_SELECTOR, {
      async prepareRename(doc, position) {
        const { story } = await service.analysisFor(doc);
        const check = prepareRename(story, doc.offsetAt(position));
        if (!check.ok) throw new Error(check.reason);
        return { range: toRange(doc, check.span), placeholder: check.placeholder };
      },
      async provideRenameEdits(doc, position, newName) {
        const { story, found } = await lookUp(doc, position);
        if (!found) throw new Error('Only the name of a person in the story can be renamed.');
        const edits = renameEdits(story, found.person, newName);
        if (!Array.isArray(edits)) throw new Error(edits.error);
        const edit = new vscode.WorkspaceEdit();
        for (const e of edits) edit.replace(doc.uri, toRange(doc, e), e.text);
        return edit;
      },
    }),
    vscode.languages.registerDocumentSemanticTokensProvider(
      WIRE_SELECTOR,
      {
        onDidChangeSemanticTokens: tokensChanged.event,
        async provideDocumentSemanticTokens(doc) {
          const analysis = await service.automaticAnalysisFor(doc);
          if (!analysis) return undefined;
          const { story } = analysis;
          const builder = new vscode.SemanticTokensBuilder(SEMANTIC_LEGEND);
          for (const t of speakerTokens(story, story.lineStarts)) builder.push(t.line, t.character, t.length, 0, 0);
          return builder.build();
        },
      },
      SEMANTIC_LEGEND,
    ),
    // Known people and other options change who is a speaker.
    service.onDidChangeOptions(() => tokensChanged.fire()),
  );
}
