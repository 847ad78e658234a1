/**
 * Kafka accepts topic names of ASCII letters, digits, `.`, `_` and `-`, at most 249 long, and not `.` or
 * `..`. The in-memory bus uses the same names, so switching buses never renames a topic.
 */
const MAX_TOPIC = 249;

/** A valid Kafka topic name for a drawn topic or event name. */
export function kafkaTopic(text: string): string {
  const topic = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_TOPIC);
  if (topic === '' || /^\.+$/.test(topic)) return 'events';
  return topic;
}
