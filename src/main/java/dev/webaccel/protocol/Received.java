package dev.webaccel.protocol;

/**
 * A decoded page message with the page's number for it.
 *
 * @param seq 1, 2, 3... in the order the page sent them (a reconnected page resends those after the last received),
 *     or 0 when the page numbered nothing
 */
public record Received(Message message, long seq) {
}
