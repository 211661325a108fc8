// Forwards the page's console and uncaught errors to the result channel: nothing is thrown away.
export function captureConsole(channel) {
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      original(...args);
      channel.log(level, args.map(format).join(' '));
    };
  }
  window.addEventListener('error', (event) => channel.error(null, 'uncaught', event.error || event.message));
  window.addEventListener('unhandledrejection', (event) => channel.error(null, 'unhandled-rejection', event.reason));
}

function format(value) {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
