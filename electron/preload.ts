// The preload: exposes window.veil, built from shared/contract over one IPC channel, and nothing
// else. It runs sandboxed, so its bundle (dist-electron/preload.cjs) may require only 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../shared/contract/client';
import { contract } from '../shared/contract/channels/index';
import { createWireTransport } from '../shared/contract/wire-client';
import type { ServerMessage } from '../shared/contract/wire';
import { RPC_CHANNEL } from './shell/rpc-channel';

const transport = createWireTransport((msg) => ipcRenderer.send(RPC_CHANNEL, msg));
ipcRenderer.on(RPC_CHANNEL, (_event, msg: ServerMessage) => transport.receive(msg));

contextBridge.exposeInMainWorld('veil', buildApi(contract, transport));
