package dev.webaccel.server;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.session.NullSessionCache;
import org.eclipse.jetty.session.NullSessionDataStore;

/**
 * The harness has no HTTP sessions, but Javalin asks for one on every WebSocket upgrade, refused ones included, and
 * Jetty's default keeps each for ever. Here a session lives only for its request and no cookie is set.
 */
final class NoHttpSessions {
    private NoHttpSessions() {
    }

    static void install(ServletContextHandler context) {
        SessionHandler sessions = new SessionHandler();
        sessions.setUsingCookies(false);
        NullSessionCache cache = new NullSessionCache(sessions);
        cache.setSessionDataStore(new NullSessionDataStore());
        sessions.setSessionCache(cache);
        context.setSessionHandler(sessions);
    }
}
