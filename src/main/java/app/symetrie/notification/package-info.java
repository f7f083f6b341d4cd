/**
 * Notifications: what the app tells a person about their own affairs — a help request sent to them, or theirs
 * answered or done; their ambassador application decided; a training seat that became theirs; a barometer's results
 * published — in the app (the bell in the header, the notifications page) and by e-mail unless they turned e-mails
 * off. Built from the other modules' events; nothing here reveals a figure (docs/ANONYMITY.md).
 */
@NullMarked
package app.symetrie.notification;

import org.jspecify.annotations.NullMarked;
