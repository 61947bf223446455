package merchlab.ui.service;

import merchlab.service.Entity;

/**
 * An entity of a message as the Service section lists it, with what its link opens.
 *
 * @param entity    what the message names
 * @param productId the product a link opens in the Explain section (the product named, or the first item of the
 *                  order named), or null for no link
 * @param shopper   the shopper of the order named, or null
 */
public record EntityRow(Entity entity, String productId, String shopper) {
    /** Whether the row links to a product. */
    public boolean linked() {
        return productId != null;
    }
}
