package org.ecomhub.host.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: the plugin registers this service to hear, promptly, that new events committed. Only a hint: the
 * plugin then pulls with {@link HostEvents}, and a listener that was not registered (or threw) misses nothing.
 *
 * <p>The host calls it after the commit, on its own thread or the caller's; the listener returns at once and
 * does its work elsewhere. What it throws is logged and ignored.
 */
@ConsumerType
public interface HostEventListener {

    /**
     * New events are committed on a stream.
     *
     * @param latestSequence the newest sequence on that stream at the time of the call
     */
    void eventsAvailable(EventStream stream, long latestSequence);
}
