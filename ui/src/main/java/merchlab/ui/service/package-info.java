/** The Service section: a shopper's message understood and answered from the shop's data, and the intent models' evaluation. */
package merchlab.ui.service;
