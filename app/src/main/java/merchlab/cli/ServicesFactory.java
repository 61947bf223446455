package merchlab.cli;

import java.lang.reflect.Constructor;
import merchlab.shop.ShopServices;
import picocli.CommandLine;

/**
 * Makes the commands: one that takes the shop's services in its constructor gets the ones the composition root built;
 * the others are made as picocli makes them.
 */
final class ServicesFactory implements CommandLine.IFactory {
    private final ShopServices services;
    private final CommandLine.IFactory plain = CommandLine.defaultFactory();

    ServicesFactory(ShopServices services) {
        this.services = services;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == ShopServices.class) {
                c.setAccessible(true);
                return type.cast(c.newInstance(services));
            }
        }
        return plain.create(type);
    }
}
