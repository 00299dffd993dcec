/**
 * Editions: composing the digests a destination has not had yet into one edition (at most a set
 * number listed in full, the rest folded into "and k more"), and rendering an edition through the
 * operator's Mustache templates as Markdown, HTML email and text email.
 */
package dev.digestbot.edition;
