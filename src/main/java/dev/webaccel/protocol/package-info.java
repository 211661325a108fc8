/** Typed, versioned messages between the harness page and Java, and their single codec. */
package dev.webaccel.protocol;
