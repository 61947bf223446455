/** Query understanding: a shopper's query read into a structured intent (category, brand, colour, size, price). */
package merchlab.query;
