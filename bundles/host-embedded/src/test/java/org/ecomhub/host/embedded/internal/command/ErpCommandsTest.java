package org.ecomhub.host.embedded.internal.command;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ecomhub.host.api.EventStream;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.NewOrderLine;
import org.ecomhub.host.api.NewSalesOrder;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.host.embedded.internal.EmbeddedHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The erp:* commands run without a shell: fields set as Karaf would, output captured. */
class ErpCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private EmbeddedHost host;
    private ByteArrayOutputStream buffer;

    @BeforeEach
    void open() {
        host = EmbeddedHost.open(dir);
    }

    @AfterEach
    void close() throws Exception {
        host.close();
    }

    @Test
    void seedDemoTwiceDoublesNothing() throws Exception {
        assertTrue(run(seed()).startsWith("Demo data seeded"));
        String stockBefore = run(stock(true));
        assertTrue(run(seed()).startsWith("Demo data already present"));
        assertEquals(stockBefore, run(stock(true)));
        assertEquals(7, json(products(true)).size());
        assertEquals(2, json(customers(true)).size());
    }

    @Test // covers STK-02, STK-03, ORD-07: the demo has both warehouse kinds, a nested auto-assemble bill, batches, serials
    void theDemoDataHasWhatTheIntegrationNeeds() throws Exception {
        run(seed());
        JsonNode warehouses = json(warehouses(true));
        assertTrue(warehouses.findValuesAsText("kind").containsAll(List.of("OWN", "FBA")));
        JsonNode products = json(products(true));
        JsonNode giftSet = find(products, "code", "GIFTSET-01");
        assertTrue(giftSet.get("autoAssemble").asBoolean());
        assertEquals("TEAPOT-01", giftSet.get("billOfMaterials").get(0).get("product").asText());
        assertTrue(find(products, "code", "TEAPOT-01").get("autoAssemble").asBoolean());
        assertTrue(find(products, "code", "TEA-050").get("batchTracked").asBoolean());
        assertTrue(find(products, "code", "KETTLE-01").get("serialised").asBoolean());
        assertEquals("EUR", find(find(products, "code", "MUG-001").get("sellPrices"), "tier", "AMAZON-DE")
                .get("price").get("currency").asText());
        JsonNode stock = json(stock(true));
        JsonNode tea = stock.findParents("product").stream()
                .filter(n -> n.get("product").asText().equals("TEA-050") && n.get("warehouse").asText().equals("MAIN"))
                .findFirst().orElseThrow();
        assertEquals("T-2026-01", tea.get("batches").get(0).get("batchNumber").asText());
        assertEquals("2026-01-15", tea.get("batches").get(0).get("batchDate").asText());
        String table = run(stock(false));
        assertTrue(table.contains("KT-1001, KT-1002"), table);
        assertTrue(run(products(false)).contains("auto: 1 x TEAPOT-01, 2 x MUG-001, 1 x TEA-050"));
    }

    @Test // covers SHIP-01: a person ships an order by its Amazon order id; the dispatch is an event
    void dispatchShipsTheLinesGivenAndListsShowIt() throws Exception {
        run(seed());
        placeOrder();
        DispatchCommand dispatch = dispatch("203-1111111-1111111", "Royal Mail", "RM123GB", List.of("203-1111111-1111111:1=1"));
        String said = run(dispatch);
        assertTrue(said.startsWith("Dispatched SO-"), said);
        assertTrue(said.contains("on 2026-11-27"), said);
        JsonNode order = json(orders(true)).get(0);
        assertEquals("1", order.get("lines").get(0).get("shipped").asText());
        assertEquals("0", order.get("lines").get(1).get("shipped").asText());
        assertEquals("RM123GB", host.events.dispatchesSince(0, 10).get(0).trackingNumber());
        assertEquals(1, host.events.latestSequence(EventStream.DISPATCHES));
        String table = run(orders(false));
        assertTrue(table.contains("203-1111111-1111111:2"), table);
        assertTrue(table.contains("SHIPPING"), table);
    }

    @Test
    void badDispatchArgumentsSayWhatIsWrongAndHowToFixIt() throws Exception {
        run(seed());
        placeOrder();
        assertMessage("no order has the number or external reference 'NOPE'; erp:orders lists them",
                dispatch("NOPE", "DPD", null, null));
        assertMessage("--line takes <line external reference>=<quantity>, e.g. --line 203-1111111-1111111:1=1; got 'x'",
                dispatch("203-1111111-1111111", "DPD", null, List.of("x")));
        assertMessage("order SO-00000001 has no line 'L9'; its lines are [203-1111111-1111111:1, 203-1111111-1111111:2]",
                dispatch("203-1111111-1111111", "DPD", null, List.of("L9=1")));
        assertMessage("the quantity in --line 203-1111111-1111111:1=two is not a number",
                dispatch("203-1111111-1111111", "DPD", null, List.of("203-1111111-1111111:1=two")));
        assertMessage("cannot dispatch SO-00000001: line 203-1111111-1111111:1 has 2 units left to ship; cannot ship 5",
                dispatch("203-1111111-1111111", "DPD", null, List.of("203-1111111-1111111:1=5")));
        DispatchCommand badDate = dispatch("203-1111111-1111111", "DPD", null, null);
        badDate.date = "27/11/2026";
        assertMessage("--date takes a date as yyyy-MM-dd, e.g. 2026-11-27; got '27/11/2026'", badDate);
        OrdersCommand badStatus = orders(false);
        badStatus.status = "SHIPPED";
        assertMessage("--status takes one of PARKED, PLACED, BACKORDERED, COMPLETED, CANCELLED; got 'SHIPPED'", badStatus);
    }

    @Test // covers SHIP-01: options may follow the order, as people type them
    void dispatchReadsOptionsWrittenAfterTheOrder() throws Exception {
        run(seed());
        placeOrder();
        DispatchCommand dispatch = dispatch("203-1111111-1111111", null, null, null);
        dispatch.trailing = List.of("--carrier", "DHL", "--tracking", "JD01", "--line", "203-1111111-1111111:2=1",
                "--date", "2026-11-26");
        assertTrue(run(dispatch).contains("with DHL JD01 on 2026-11-26"));
        assertEquals(List.of("203-1111111-1111111:2"), host.events.dispatchesSince(0, 10).get(0).lines().stream()
                .map(l -> l.lineExternalReference()).toList());
        assertMessage("--carrier is required, e.g. erp:dispatch 203-1111111-1111111 --carrier \"Royal Mail\" "
                + "--tracking RM123456785GB", dispatch("203-1111111-1111111", null, null, null));
        DispatchCommand stray = dispatch("203-1111111-1111111", "DPD", null, null);
        stray.trailing = List.of("extra");
        assertMessage("unexpected 'extra': erp:dispatch takes one order, then --carrier, --tracking, --line "
                + "<line ref>=<quantity> (repeatable) and --date yyyy-MM-dd", stray);
    }

    @Test
    void theOrderCompleterOffersOrdersWithUnitsLeftToShip() throws Exception {
        run(seed());
        placeOrder();
        OpenOrderCompleter completer = new OpenOrderCompleter();
        completer.orders = host.orders;
        assertEquals(List.of("203-1111111-1111111"), completer.references());
        run(dispatch("203-1111111-1111111", "DPD", null, null));
        assertTrue(completer.references().isEmpty());
    }

    @Test // covers STK-06: a receipt is a stock change the plugin can pick up
    void receiveBooksStockInByKindOfProduct() throws Exception {
        run(seed());
        long before = host.events.latestSequence(EventStream.STOCK_CHANGES);
        assertEquals("Received MUG-001 into MAIN: on hand 125, available 125", run(receive("MUG-001", "MAIN", "5")).trim());
        ReceiveCommand batch = receive("TEA-050", "MAIN", "8");
        batch.batch = "T-2026-11";
        batch.batchDate = "2026-11-01";
        assertEquals("Received TEA-050 into MAIN: on hand 78, available 78", run(batch).trim());
        ReceiveCommand serials = receive("KETTLE-01", "MAIN", null);
        serials.serials = List.of("KT-2001", "KT-2002");
        assertEquals("Received KETTLE-01 into MAIN: on hand 7, available 7", run(serials).trim());
        assertEquals(4, host.events.stockChangesSince(before, 10).size()); // one per serialised unit
        assertMessage("TEA-050 is batch-tracked: give the batch with --batch <number>", receive("TEA-050", "MAIN", "1"));
        assertMessage("KETTLE-01 is serialised: give each unit's number with --serial", receive("KETTLE-01", "MAIN", "1"));
        assertMessage("the quantity 'lots' is not a number", receive("MUG-001", "MAIN", "lots"));
        assertMessage("no warehouse has the code 'NOWHERE'; erp:warehouses lists them", receive("MUG-001", "NOWHERE", "1"));
    }

    @Test // covers ORD-07: batch tracking and serial numbers can be switched
    void companySwitchesSettingsOnAndOff() throws Exception {
        run(seed());
        CompanyCommand company = company();
        company.batchTracking = "off";
        company.json = true;
        JsonNode settings = JSON.readTree(run(company));
        assertFalse(settings.get("batchTracking").asBoolean());
        assertTrue(settings.get("serialisedProducts").asBoolean());
        assertEquals("GBP", settings.get("baseCurrency").asText());
        CompanyCommand bad = company();
        bad.accounting = "maybe";
        assertMessage("--accounting takes on or off; got 'maybe'", bad);
        assertTrue(run(company()).contains("Batch tracking"));
    }

    @Test
    void emptyListsTellHowToGetData() throws Exception {
        assertEquals("No products. Run erp:seed-demo for demo data.", run(products(false)).trim());
        assertEquals("[ ]", run(orders(true)).trim());
    }

    private void placeOrder() {
        NewOrderLine mugs = NewOrderLine.untaxed("203-1111111-1111111:1", "MUG-001", BigDecimal.valueOf(2), Money.of("8.99", "GBP"));
        NewOrderLine tea = NewOrderLine.untaxed("203-1111111-1111111:2", "TEA-050", BigDecimal.ONE, Money.of("4.25", "GBP"));
        var shipping = org.ecomhub.host.api.NewChargeLine.untaxed("203-1111111-1111111:1:SHIPPING",
                org.ecomhub.host.api.ChargeKind.SHIPPING, "Shipping", Money.of("2.99", "GBP"));
        host.orders.createOrder(IdempotencyKey.of("A1SELLER", "203-1111111-1111111"),
                new NewSalesOrder("203-1111111-1111111", "PO-1", "ACME", "MAIN", "GBP", SalesOrderStatus.PLACED, "AMAZON",
                        LocalDate.of(2026, 11, 26), List.of(mugs, tea), List.of(shipping), Money.of("25.22", "GBP"),
                        List.of()));
    }

    private void assertMessage(String expected, ErpCommand command) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, command::execute);
        assertEquals(expected, e.getMessage());
    }

    private String run(ErpCommand command) throws Exception {
        buffer = new ByteArrayOutputStream();
        command.out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        command.execute();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private JsonNode json(ErpCommand command) throws Exception {
        return JSON.readTree(run(command));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }

    private SeedDemoCommand seed() {
        SeedDemoCommand c = new SeedDemoCommand();
        c.admin = host.admin;
        c.catalog = host.products;
        c.customers = host.customers;
        return c;
    }

    private ProductsCommand products(boolean json) {
        ProductsCommand c = new ProductsCommand();
        c.catalog = host.products;
        c.json = json;
        return c;
    }

    private CustomersCommand customers(boolean json) {
        CustomersCommand c = new CustomersCommand();
        c.customers = host.customers;
        c.json = json;
        return c;
    }

    private WarehousesCommand warehouses(boolean json) {
        WarehousesCommand c = new WarehousesCommand();
        c.inventory = host.inventory;
        c.json = json;
        return c;
    }

    private StockCommand stock(boolean json) {
        StockCommand c = new StockCommand();
        c.inventory = host.inventory;
        c.json = json;
        return c;
    }

    private OrdersCommand orders(boolean json) {
        OrdersCommand c = new OrdersCommand();
        c.orders = host.orders;
        c.json = json;
        return c;
    }

    private ReceiveCommand receive(String product, String warehouse, String quantity) {
        ReceiveCommand c = new ReceiveCommand();
        c.admin = host.admin;
        c.catalog = host.products;
        c.inventory = host.inventory;
        c.product = product;
        c.warehouse = warehouse;
        c.quantity = quantity;
        return c;
    }

    private CompanyCommand company() {
        CompanyCommand c = new CompanyCommand();
        c.company = host.company;
        c.admin = host.admin;
        return c;
    }

    private DispatchCommand dispatch(String order, String carrier, String tracking, List<String> lines) {
        DispatchCommand c = new DispatchCommand();
        c.orders = host.orders;
        c.admin = host.admin;
        c.clock = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
        c.order = order;
        c.carrier = carrier;
        c.tracking = tracking;
        c.lines = lines;
        return c;
    }
}
