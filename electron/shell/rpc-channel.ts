// The single IPC channel name shared by preload.ts and the main-process bridge. Its own module so
// the sandboxed preload bundle pulls in nothing else from the Node side.
export const RPC_CHANNEL = 'veil:rpc';
