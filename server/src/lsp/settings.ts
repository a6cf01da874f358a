/**
 * Settings per document, read from the client with workspace/configuration when it can answer, cached,
 * and dropped when the configuration changes.
 */
import type { Connection } from 'vscode-languageserver';
import { normalizeRuleSettings, type RuleSettings } from '../core/config';

export interface DocumentSettings {
  enable: boolean;
  rules: RuleSettings;
}

interface RawSettings {
  enable?: unknown;
  rules?: unknown;
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<DocumentSettings>>();
  private global: RawSettings = {};
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}

  /** Settings pushed by a client that cannot be asked (didChangeConfiguration or initializationOptions). */
  setGlobal(raw: unknown): void {
    const section = raw && typeof raw === 'object' && 'thongbao' in raw ? (raw as { thongbao: unknown }).thongbao : raw;
    this.global = section && typeof section === 'object' ? (section as RawSettings) : {};
    this.cache.clear();
  }

  clear(): void {
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  get(uri: string): Promise<DocumentSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.read(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  private async read(uri: string): Promise<DocumentSettings> {
    let raw = this.global;
    if (this.canPull()) {
      try {
        raw = ((await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'thongbao' })) as RawSettings) ?? {};
      } catch {
        raw = this.global;
      }
    }
    const { rules, problems } = normalizeRuleSettings(raw.rules);
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      void this.connection.window.showWarningMessage(`Cài đặt thongbao.rules: ${problem}`);
    }
    return { enable: raw.enable !== false, rules };
  }
}
