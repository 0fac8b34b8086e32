// The only module that knows the hub's address and method names (Hubs/ExplorerHub.cs). Every query
// method streams frames {kind: 'keys'|'row'|'summary'|'error', ...}; callers get them through handlers
// and a handle whose cancel() disposes the subscription, which cancels the query on the server.
import { HubConnectionBuilder, HttpTransportType, LogLevel } from '@microsoft/signalr';

const HUB_URL = '/hubs/explorer';

export class ExplorerClient {
  constructor() {
    this.connection = new HubConnectionBuilder()
      .withUrl(HUB_URL, { transport: HttpTransportType.WebSockets, skipNegotiation: true })
      .withAutomaticReconnect()
      .configureLogging(LogLevel.Warning)
      .build();
  }

  start() {
    return this.connection.start();
  }

  onStateChange(listener) {
    this.connection.onreconnecting(() => listener('reconnecting'));
    this.connection.onreconnected(() => listener('connected'));
    this.connection.onclose(() => listener('disconnected'));
  }

  search(text, limit, handlers) {
    return this.#stream(handlers, 'Search', text, limit);
  }

  expand(elementId, limit, handlers) {
    return this.#stream(handlers, 'Expand', elementId, limit);
  }

  runSaved(name, parameters, handlers) {
    return this.#stream(handlers, 'RunSaved', name, parameters);
  }

  runCypher(text, parameters, handlers) {
    return this.#stream(handlers, 'RunCypher', text, parameters);
  }

  savedQueries() {
    return this.connection.invoke('GetSavedQueries');
  }

  #stream(handlers, method, ...args) {
    let finish;
    const done = new Promise((resolve) => { finish = resolve; });
    let finished = false;
    const end = (outcome) => {
      if (!finished) {
        finished = true;
        finish(outcome);
      }
    };
    const subscription = this.connection.stream(method, ...args).subscribe({
      next: (frame) => dispatch(handlers, frame),
      complete: () => end('complete'),
      error: (error) => {
        handlers.onError?.({ code: 'Shanhai.Connection', message: String(error?.message ?? error) });
        end('error');
      },
    });
    return {
      done,
      cancel: () => {
        if (!finished) {
          subscription.dispose();
          end('cancelled');
        }
      },
    };
  }
}

function dispatch(handlers, frame) {
  switch (frame.kind) {
    case 'keys': handlers.onKeys?.(frame.keys); break;
    case 'row': handlers.onRow?.(frame.values); break;
    case 'summary': handlers.onSummary?.(frame.summary); break;
    case 'error': handlers.onError?.(frame.error); break;
    default: break;
  }
}
