/**
 * The workspace's citations in the language server: keeps the index current (open drafts from the editor,
 * the rest from disk in the background, with progress for a large folder), gives the rules their
 * cross-document context, re-checks the open drafts whose cited facts changed elsewhere, and answers
 * hover, go to definition and find references on a citation.
 */
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Connection,
  type FileEvent,
  type InitializeParams,
  type Location,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import type { Parsed } from '../core/index/draft';
import { documentsUnder } from '../core/index/facts';
import { citationHover } from '../core/index/hover';
import { definitionsAt, referencesAt } from '../core/index/navigation';
import type { Place } from '../core/index/types';
import { CitationIndex } from '../core/index/workspace';
import type { Registry } from '../core/registry/registry';
import type { KnownDocument } from '../core/registry/types';
import type { WorkspaceContext } from '../core/rules/types';
import { isDraftPath, pathOf, WorkspaceDrafts } from '../node/workspace-drafts';
import { releaseMemorySoon } from './memory';

/** From this many drafts on, indexing the folders shows progress in the editor. */
export const PROGRESS_MIN_FILES = 20;

export const CITATION_CAPABILITIES: ServerCapabilities = { hoverProvider: true, definitionProvider: true, referencesProvider: true };

export interface CitationHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The registry a draft is checked with (built-in merged with its .thongbao.yaml). */
  registryFor(uri: string): Registry;
  /** Check these open drafts again: what other drafts say of the documents they cite has changed. */
  recheck(uris: string[]): void;
}

export class WorkspaceCitations {
  readonly index = new CitationIndex();
  private readonly drafts: WorkspaceDrafts;
  /** The version of each open draft that the index holds. */
  private readonly indexedVersions = new Map<string, number>();
  private progressSupported = false;
  private dynamicWatchers = false;

  constructor(private readonly host: CitationHost) {
    this.drafts = new WorkspaceDrafts(this.index, (path) => host.registryFor(pathToFileURL(path).href));
  }

  initialize(params: InitializeParams): void {
    this.progressSupported = params.capabilities.window?.workDoneProgress === true;
    this.dynamicWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  }

  /** After `initialized`: watch the drafts on disk and index the folders in the background. */
  async start(folders: string[]): Promise<void> {
    if (this.dynamicWatchers) {
      await this.host.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.tb.md' }, { globPattern: '**/*.thongbao' }] })
        .catch((error: unknown) => this.host.connection.console.warn(`thongbao: không theo dõi được tệp dự thảo: ${String(error)}`));
    }
    await this.scan(folders);
  }

  /** The cross-document context of a draft's check. */
  context(uri: string): WorkspaceContext {
    return { index: this.index, uri };
  }

  /** Whether the index holds a version of this open draft (read from the editor, not from disk). */
  indexedOpen(uri: string): boolean {
    return this.indexedVersions.has(uri);
  }

  /** A draft's version was checked: index it from the same model, and re-check the drafts it affects. */
  checked(uri: string, version: number, text: string, registry: Registry, parsed: Parsed): void {
    // Closed or edited since, or indexed already by a request that came first: nothing to do.
    if (this.host.documents.get(uri)?.version !== version || this.indexedVersions.get(uri) === version) return;
    this.indexedVersions.set(uri, version);
    this.notify(this.index.update(uri, text, registry, parsed), uri);
  }

  /** A closed draft counts as what is on disk (or nothing, for an unsaved one). */
  async closed(uri: string): Promise<void> {
    this.indexedVersions.delete(uri);
    const path = pathOf(uri);
    this.notify(path && isDraftPath(path) ? await this.drafts.refresh(uri, this.isOpen) : this.index.remove(uri));
  }

  /** Drafts created, changed or deleted on disk (a rename arrives as a delete and a create). */
  async watched(changes: FileEvent[]): Promise<void> {
    const changed = new Set<string>();
    for (const change of changes) {
      const path = pathOf(change.uri);
      if (!path || !isDraftPath(path)) continue;
      const keys = change.type === FileChangeType.Deleted && !this.isOpen(change.uri) ? this.drafts.forget(change.uri) : await this.drafts.refresh(change.uri, this.isOpen);
      for (const key of keys) changed.add(key);
    }
    this.notify(changed);
  }

  /** The hover of the citation at `offset` (Markdown), if there is one; the drafting hover asks it first. */
  hover(uri: string, offset: number): string | undefined {
    const document = this.host.documents.get(uri);
    if (!document) return undefined;
    this.ensureCurrent(document);
    return citationHover(this.index, uri, offset, this.host.registryFor(uri));
  }

  /**
   * Every document the workspace's drafts cite or are, as completion offers them after "số": the places of a
   * number that cannot name one document (another year, another body on another day) are documents apart.
   */
  knownDocuments(uri: string): KnownDocument[] {
    const documents: KnownDocument[] = [];
    const registry = this.host.registryFor(uri);
    for (const key of this.index.keys()) {
      for (const mentions of documentsUnder(key, this.index.mentions(key, { except: uri }), registry)) {
        const fact = <K extends 'typeName' | 'date' | 'issuer' | 'subject'>(field: K) => mentions.find((mention) => mention[field] !== undefined)?.[field];
        const date = fact('date');
        const typeName = fact('typeName');
        const issuer = fact('issuer');
        const subject = fact('subject');
        documents.push({
          number: key,
          ...(typeName && { type: typeName }),
          ...(date && { date: `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}` }),
          // A draft's own header names its agency in capitals; a citation names it as prose does.
          ...(issuer && { issuer: registry.agencies.find((agency) => agency.headerName === issuer.text.replace(/\s+/g, ' '))?.name ?? issuer.text }),
          ...(subject && { subject: /^(về|V\/v)\s/iu.test(subject) ? subject : `về ${subject}` }),
        });
      }
    }
    return documents;
  }

  listen(): void {
    const { connection, documents } = this.host;
    connection.onDefinition(({ textDocument, position }): Location[] => {
      const document = documents.get(textDocument.uri);
      if (!document) return [];
      this.ensureCurrent(document);
      return definitionsAt(this.index, document.uri, document.offsetAt(position)).map(toLocation);
    });
    connection.onReferences(({ textDocument, position, context }): Location[] => {
      const document = documents.get(textDocument.uri);
      if (!document) return [];
      this.ensureCurrent(document);
      return referencesAt(this.index, document.uri, document.offsetAt(position), context.includeDeclaration).map(toLocation);
    });
  }

  private readonly isOpen = (uri: string): boolean => this.host.documents.get(uri) !== undefined;

  /** A request may come before the pending check of the latest keystrokes: index that text now. */
  private ensureCurrent(document: TextDocument): void {
    if (this.indexedVersions.get(document.uri) === document.version) return;
    this.indexedVersions.set(document.uri, document.version);
    this.notify(this.index.update(document.uri, document.getText(), this.host.registryFor(document.uri)), document.uri);
  }

  private async scan(folders: string[]): Promise<void> {
    const { connection } = this.host;
    let progress: Awaited<ReturnType<Connection['window']['createWorkDoneProgress']>> | undefined;
    let starting: Promise<void> | undefined;
    let reported = -1;
    const changed = await this.drafts.scan(folders, {
      isOpen: this.isOpen,
      progress: (done, total) => {
        if (!this.progressSupported || total < PROGRESS_MIN_FILES) return;
        starting ??= connection.window.createWorkDoneProgress().then(
          (created) => {
            progress = created;
            created.begin('Thông báo: lập chỉ mục các văn bản được viện dẫn', 0, `0/${total} tệp`, false);
          },
          () => undefined,
        );
        // Once a percent: a message per file was a thousand notifications for a thousand small drafts.
        const percent = Math.floor((done / total) * 100);
        if (!progress || percent === reported) return;
        reported = percent;
        progress.report(percent, `${done}/${total} tệp`);
      },
    });
    await starting;
    progress?.done();
    this.notify(changed);
    // Every draft of the folders was parsed once and let go: give that memory back while the server idles.
    releaseMemorySoon();
  }

  private notify(changed: Set<string>, except?: string): void {
    if (changed.size === 0) return;
    const open = this.index.citing(changed, except === undefined ? {} : { except }).filter(this.isOpen);
    if (open.length > 0) this.host.recheck(open);
  }
}

function toLocation(place: Place): Location {
  return { uri: place.uri, range: place.range };
}
