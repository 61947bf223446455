/**
 * The application services of a shop's workspace (import, prepare, train, evaluate, explore), built once by a
 * composition root and shared by the command line and the desktop.
 */
package merchlab.shop;
