// The Electron main process: app lifecycle, the one window, and the wiring of Electron-only
// capabilities (paths, electron-store, native modules built for Electron) into the core.
// Every security decision lives in small tested functions under shell/; this file applies them.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { join } from 'node:path';
import { undiciEgressTransport } from './core/egress/index';
import { createCore, type Core } from './core/index';
import { Logger, stderrSink } from './core/log/logger';
import { settingsBackendOptions } from './core/settings/settings-store';
import { APP_SCHEME_PRIVILEGES, createAppRequestHandler } from './shell/app-protocol';
import { APP_ENTRY_URL, APP_SCHEME } from './shell/app-url';
import { createExternalLinkOpener } from './shell/external-links';
import { electronFileDialogs } from './shell/file-dialogs';
import { hardenWebContents } from './shell/harden-contents';
import { denyAllPermissions, hardenSession } from './shell/harden-session';
import { attachRpcBridge, type RpcBridge } from './shell/ipc-bridge';
import { electronNativeModules } from './shell/native-modules';
import { isTrustedSender } from './shell/sender-check';
import { systemProxyResolver } from './shell/system-proxy';
import { RENDERER_PARTITION, secureWebPreferences } from './shell/web-preferences';

// Before anything touches the disk (including Chromium's singleton lock in userData): files 0600, dirs 0700.
process.umask(0o077);

const log = new Logger([stderrSink], process.env.VEIL_LOG_LEVEL === 'debug' ? 'debug' : 'info', 'veil:main');
const dev = !app.isPackaged;

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let bridge: RpcBridge | null = null;

const openLink = createExternalLinkOpener({
  confirm: (options) => (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)),
  openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK: reached only through createExternalLinkOpener, with an https:/mailto: URL the user confirmed in a dialog showing it in full
});

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: webPreferences come from secureWebPreferences() (contextIsolation, sandbox, Auxclick disabled), pinned by test/electron/shell/web-preferences.test.ts
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Veil',
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs'), { devTools: dev }),
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const rendererSession = session.fromPartition(RENDERER_PARTITION);
  hardenSession(rendererSession, { dev, onBlocked: (url) => log.debug('blocked a renderer request', { url: url.slice(0, 200) }) });
  // The default session carries no page of ours; it gets no request filter (main-process requests
  // will go through core/egress) but never grants a permission either.
  denyAllPermissions(session.defaultSession);
  rendererSession.protocol.handle(APP_SCHEME, createAppRequestHandler(join(app.getAppPath(), 'dist', 'renderer')));

  const native = electronNativeModules(app.getAppPath(), {
    electronVersion: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
  });
  core = await createCore({
    dataDir,
    host: 'electron',
    logger: log,
    settingsBackend: new ElectronStore<Record<string, unknown>>(settingsBackendOptions(dataDir)),
    loadKeychain: native.loadKeychain,
    sqliteNativeBinding: native.sqliteNativeBinding,
    // undici keeps the pinning and TLS facts the ledger needs; the session supplies the OS proxy.
    egress: { transport: undiciEgressTransport({ systemProxy: systemProxyResolver(session.defaultSession) }) },
    dialogs: electronFileDialogs(dialog, () => mainWindow, app.getPath('documents')),
  });
  bridge = attachRpcBridge({
    ipcMain,
    table: core.rpc,
    log: log.child('ipc'),
    trustedWindow: (event) => (mainWindow && isTrustedSender(event, mainWindow.webContents) ? mainWindow.webContents : null),
  });
  mainWindow = createWindow();
  // Once the window is up, masking compiles its patterns while the user reads or types, not on the first send.
  mainWindow.once('ready-to-show', () => void core?.chat.warmMasking().catch((err: unknown) => log.warn('masking warm-up failed', err)));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => void openLink(url)));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    bridge?.dispose();
    void core?.close();
  });
  app.whenReady().then(start).catch((err: unknown) => {
    log.error('Veil could not start', err);
    dialog.showErrorBox('Veil could not start', 'Veil could not start. Details are in the log.');
    app.exit(1);
  });
}
