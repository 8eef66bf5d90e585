import * as vscode from 'vscode';
import { createKeyedDebouncer } from '../debounce.ts';
import { engine } from '../engine-loader.ts';
import { localeOf } from '../locale.ts';
import type { Session } from '../session.ts';
import { createNonce, previewHtml } from './html.ts';
import { isWebviewMessage, type ToWebview } from './messages.ts';

const TITLES = { fr: 'Aperçu NPS', en: 'NPS Preview' } as const;
const EMPTY = {
  fr: { noConfig: 'Aucun fichier data/nps.config.yaml valide dans cet espace de travail.', noData: 'Aucune réponse valide.' },
  en: { noConfig: 'No valid data/nps.config.yaml in this workspace.', noData: 'No valid response.' },
} as const;

/**
 * The preview beside the editor: the figures of the active response file (or of the whole data
 * set), redrawn whenever the session updates, i.e. as the user types. One panel at a time.
 */
export class PreviewPanel implements vscode.Disposable {
  static readonly viewType = 'npsPages.preview';
  private static current: PreviewPanel | undefined;
  readonly panel: vscode.WebviewPanel;
  private readonly session: Session;
  private readonly disposables: vscode.Disposable[] = [];
  /** The file the preview follows; undefined for the whole data set. */
  private target: vscode.Uri | undefined;
  /** Every message posted, for the integration tests (what the webview received). */
  readonly posted: ToWebview[] = [];
  private readonly updater = createKeyedDebouncer(0);

  static show(extensionUri: vscode.Uri, session: Session, target: vscode.Uri | undefined): PreviewPanel {
    if (PreviewPanel.current) {
      PreviewPanel.current.target = target;
      PreviewPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      void PreviewPanel.current.update();
      return PreviewPanel.current;
    }
    PreviewPanel.current = new PreviewPanel(extensionUri, session, target);
    return PreviewPanel.current;
  }

  static get active(): PreviewPanel | undefined {
    return PreviewPanel.current;
  }

  private constructor(extensionUri: vscode.Uri, session: Session, target: vscode.Uri | undefined) {
    this.session = session;
    this.target = target;
    const locale = localeOf(session);
    const media = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this.panel = vscode.window.createWebviewPanel(
      PreviewPanel.viewType,
      TITLES[locale],
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false },
    );
    const webview = this.panel.webview;
    webview.html = previewHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
      title: TITLES[locale],
      lang: locale,
    });
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      webview.onDidReceiveMessage((message: unknown) => {
        if (!isWebviewMessage(message)) return;
        if (message.type === 'ready') void this.update();
        else void vscode.commands.executeCommand('npsPages.validateAll');
      }),
      session.onDidUpdate((uri) => {
        // In a later task, not the one that published diagnostics (VS Code sends them when it ends);
        // updates that come together (a reload validates every open file) build one model.
        if (uri === undefined || this.target === undefined || uri.toString() === this.target.toString())
          this.updater.schedule('update', () => void this.update());
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const uri = editor?.document.uri;
        if (uri && session.documents.get(uri)?.kind.kind === 'responses' && uri.toString() !== this.target?.toString()) {
          this.target = uri;
          void this.update();
        }
      }),
    );
  }

  /** Computes the model of the target and posts it to the webview. */
  async update(): Promise<void> {
    const config = this.session.data?.reading.config;
    const locale = localeOf(this.session);
    if (!config) return void this.post({ type: 'empty', message: EMPTY[locale].noConfig });
    const result = this.target ? this.session.documents.get(this.target) : undefined;
    let responses = result?.kind.kind === 'responses' ? result.responses : undefined;
    let problems = { errors: 0, warnings: 0 };
    let scope: string | undefined;
    if (responses && result) {
      scope = result.file;
      problems = {
        errors: result.issues.filter((issue) => issue.severity === 'error').length,
        warnings: result.issues.filter((issue) => issue.severity === 'warning').length,
      };
    } else {
      const reading = await this.session.dataSet();
      responses = reading?.responses ?? [];
      problems = { errors: reading?.errors ?? 0, warnings: reading?.warnings ?? 0 };
    }
    if (responses.length === 0) return void this.post({ type: 'empty', message: EMPTY[locale].noData });
    const { buildPreviewModel, trendSvg } = engine();
    const model = buildPreviewModel({ responses, config, locale, scope, problems });
    const title = locale === 'fr' ? 'NPS par mois' : 'NPS by month';
    this.post({ type: 'model', model, trendSvg: trendSvg(model.trend, { title }) });
  }

  private post(message: ToWebview): void {
    this.posted.push(message);
    if (this.posted.length > 50) this.posted.splice(0, this.posted.length - 50);
    void this.panel.webview.postMessage(message);
  }

  private disposed = false;

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.updater.dispose();
    if (PreviewPanel.current === this) PreviewPanel.current = undefined;
    for (const disposable of this.disposables) disposable.dispose();
    this.panel.dispose();
  }
}
