package app.symetrie.internalcustomer;

import app.symetrie.barometer.ServiceRatingsReleased;
import app.symetrie.internalcustomer.internal.FiguresStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes a wave's internal-customer figures when its ballots are opened at the close — synchronously, inside the
 * release, before the ballots are deleted: a failure leaves the wave closing and the release runs again. Made once:
 * a release resumed after the ballots were deleted keeps the first figures.
 */
@Component
class InternalCustomerFigures {

    private final FiguresStore store;

    InternalCustomerFigures(FiguresStore store) {
        this.store = store;
    }

    @EventListener
    void on(ServiceRatingsReleased wave) {
        if (store.made(wave.waveId().value())) {
            return;
        }
        store.store(wave.waveId().value(), InternalCustomerRollup.of(wave));
    }
}
