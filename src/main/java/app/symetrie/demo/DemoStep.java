package app.symetrie.demo;

/**
 * One part of the demo company (organization, accounts, later barometer waves…). Steps run in {@link #order()}
 * on an empty store, as the system, with one shared {@link DemoContext}.
 */
interface DemoStep {

    int order();

    void seed(DemoContext context);
}
