/**
 * The appliance API's types, generated from its OpenAPI document (/api/v1/openapi.json) by
 * openapi-typescript. Do not edit: run `npm run api:types` after changing a route's description.
 */
export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The start page (pt-BR, no script): web apps, API reference, store health; demo credentials in a demo store */
        get: operations["get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The admin web app (pt-BR; data from the API and MQTT) */
        get: operations["getAdmin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirect to the admin web app */
        get: operations["getAdmin2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API reference page (HTML, no script) */
        get: operations["getApiDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Security events from the journal (logins, overrides, devices, keys) */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the current one (works with an expired password) */
        post: operations["postAuthChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with username and password: access and refresh tokens */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the calling session */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling user (profile, session) or device (with its permissions) */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/pin-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with username and PIN on a terminal */
        post: operations["postAuthPinLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the refresh token for a new access token */
        post: operations["postAuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database backups kept in the data dir */
        get: operations["getBackups"];
        put?: never;
        /** Take a database backup now (SQLite online backup), journaled */
        post: operations["postBackups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a backup file */
        get: operations["getBackupsByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/{name}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore a backup: verified, the current state backed up first, then the appliance restarts on it */
        post: operations["postBackupsByNameRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List business days */
        get: operations["getBusinessDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-days/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One business day */
        get: operations["getBusinessDaysById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-days/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Z report of a closed day, as data and as printed text */
        get: operations["getBusinessDaysByIdReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-days/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open business day */
        get: operations["getBusinessDaysCurrent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-days/current/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the business day (optionally settling its open orders): the Z report and the backup */
        post: operations["postBusinessDaysCurrentClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-days/current/x-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The X report: the open day so far, as data and printed text */
        get: operations["getBusinessDaysCurrentXReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-days/current/x-report/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Print the X report of the open day on the report printer */
        post: operations["postBusinessDaysCurrentXReportPrint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-days/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the business day (default today in the store time zone) */
        post: operations["postBusinessDaysOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cashier-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The drawer limits (cash ceiling, withdrawal thresholds) */
        get: operations["getCashierLimits"];
        /** Change the drawer limits */
        put: operations["putCashierLimits"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cashier-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open drawers, or every drawer of a business day (an operator sees only their own) */
        get: operations["getCashierSessions"];
        put?: never;
        /** Open a drawer on a terminal with its opening float */
        post: operations["postCashierSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cashier-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One drawer session; supervisors also see its operations and expected amounts */
        get: operations["getCashierSessionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cashier-sessions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a drawer with the counted amounts per payment method: the close report */
        post: operations["postCashierSessionsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cashier-sessions/{id}/close-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The close report of a closed drawer, as data and as printed text */
        get: operations["getCashierSessionsByIdCloseReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cashier-sessions/{id}/drawer-openings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the drawer with no sale (abrir gaveta), with a manager and a reason */
        post: operations["postCashierSessionsByIdDrawerOpenings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cashier-sessions/{id}/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A cash withdrawal or deposit (a manager override above the limits) */
        post: operations["postCashierSessionsByIdOperations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the previous POS's product export (CSV with `;`): starts a background job that creates or updates categories and products by barcode or legacy code */
        post: operations["postCatalogImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import's progress (done of total), counts and per-row outcomes with the rejected rows' reasons */
        get: operations["getCatalogImportsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/price-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the prices of a category's products by a percentage or an amount: a preview, or applied in one transaction */
        post: operations["postCatalogPriceChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree */
        get: operations["getCategories"];
        put?: never;
        /** Create a category */
        post: operations["postCategories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One category */
        get: operations["getCategoriesById"];
        /** Replace a category */
        put: operations["putCategoriesById"];
        post?: never;
        /** Deactivate a category */
        delete: operations["deleteCategoriesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chat conversations, those waiting for a person first */
        get: operations["getChatConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One chat conversation with its messages */
        get: operations["getChatConversationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/conversations/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the conversation back to the bot */
        post: operations["postChatConversationsByIdRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/conversations/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A staff reply to the customer: the bot stays quiet until the conversation is released */
        post: operations["postChatConversationsByIdReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read a customer's chat message against the live menu: intent, items with options and remarks, what was taken back or left unclear */
        post: operations["postChatParse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-displays/{terminalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Show a POS terminal's cart on its customer-facing screen */
        put: operations["putCustomerDisplaysByTerminalId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search customers by name, or exactly by CPF or phone (everyone, and whole records, for customers.manage only) */
        get: operations["getCustomers"];
        put?: never;
        /** Create a customer (personal data encrypted at rest; consent recorded) */
        post: operations["postCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer (minimised without customers.manage) */
        get: operations["getCustomersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a customer (a consent change is recorded) */
        patch: operations["patchCustomersById"];
        trace?: never;
    };
    "/api/v1/customers/{id}/anonymize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Anonymize a customer at the counter (logged as a data-subject request) */
        post: operations["postCustomersByIdAnonymize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/data-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's data-subject requests, oldest first */
        get: operations["getCustomersByIdDataRequests"];
        put?: never;
        /** A data-subject request (access, correction, anonymization, deletion), carried out at once: the request and the full export */
        post: operations["postCustomersByIdDataRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/pii-keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the personal-data key: every row re-encrypted and re-indexed */
        post: operations["postCustomersPiiKeysRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's saved delivery addresses */
        get: operations["getDeliveryAddresses"];
        put?: never;
        /** Save a delivery address for a customer (kept sealed) */
        post: operations["postDeliveryAddresses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/couriers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Couriers */
        get: operations["getDeliveryCouriers"];
        put?: never;
        /** Register a courier and their pay per delivery */
        post: operations["postDeliveryCouriers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/couriers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a courier (name, pay, active) */
        put: operations["putDeliveryCouriersById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deliveries of a business day (by default the open one's, with earlier ones still waiting or on the street), oldest first, with their order numbers */
        get: operations["getDeliveryDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with its destination, payment and courier */
        get: operations["getDeliveryDeliveriesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/deliveries/{id}/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The note the customer pays with at the door (troco para), or none, while the delivery waits to leave */
        put: operations["putDeliveryDeliveriesByIdChange"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/deliveries/{id}/delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The courier delivered: an order already paid is completed, one paid at the door waits for the courier's cash */
        post: operations["postDeliveryDeliveriesByIdDelivered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/deliveries/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the order to a courier: out for delivery, the route slip prints */
        post: operations["postDeliveryDeliveriesByIdDispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/deliveries/{id}/returned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The courier came back without delivering: the order waits to go out again, the ride counts for the courier's pay */
        post: operations["postDeliveryDeliveriesByIdReturned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery of an order (a chat order gets one when it is placed) */
        get: operations["getDeliveryOrdersByOrderId"];
        put?: never;
        /** Deliver an order to an address: the zone's fee, estimate and what to collect at the door */
        post: operations["postDeliveryOrdersByOrderId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The zone, fee, minimum order and time estimate for an address */
        post: operations["postDeliveryQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The couriers' cash settled at a day close */
        get: operations["getDeliverySettlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/store-location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the store is (zones by distance measure from here) */
        get: operations["getDeliveryStoreLocation"];
        /** Set where the store is */
        put: operations["putDeliveryStoreLocation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery zones */
        get: operations["getDeliveryZones"];
        put?: never;
        /** Create a delivery zone (by distance, neighbourhood or CEP prefix) */
        post: operations["postDeliveryZones"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/zones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a delivery zone */
        put: operations["putDeliveryZonesById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List devices */
        get: operations["getDevices"];
        put?: never;
        /** Register a device (terminal, tablet, KDS) and get its pairing code */
        post: operations["postDevices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One device */
        get: operations["getDevicesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/devices/{id}/pairing-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new pairing code (the old token stops working) */
        post: operations["postDevicesByIdPairingCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/devices/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a device: its token and MQTT connection stop at once */
        post: operations["postDevicesByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/devices/{id}/weight": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stable, chargeable weight from a scale (waits up to maxWaitMs) */
        get: operations["getDevicesByIdWeight"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/devices/pair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pair a device with its code: the device token and MQTT username */
        post: operations["postDevicesPair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Paid sales still without a fiscal document */
        get: operations["getFiscalBacklog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/backlog/{orderId}/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a backlog entry without emitting, with the manager's reason */
        post: operations["postFiscalBacklogByOrderIdWaive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fiscal documents, newest first, or those of one order */
        get: operations["getFiscalDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One fiscal document */
        get: operations["getFiscalDocumentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/documents/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an authorized document at SEFAZ with a justification */
        post: operations["postFiscalDocumentsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/documents/{id}/danfe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The DANFE/extrato as printable data */
        get: operations["getFiscalDocumentsByIdDanfe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/documents/{id}/danfe.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The DANFE as PDF */
        get: operations["getFiscalDocumentsByIdDanfePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/documents/{id}/inutilize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void (inutilizar) a rejected document's number with a justification */
        post: operations["postFiscalDocumentsByIdInutilize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/documents/{id}/xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The document's authorized (or signed) XML */
        get: operations["getFiscalDocumentsByIdXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/exports/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The month's XML files for the accountant (ZIP) */
        get: operations["getFiscalExportsByMonth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fiscal settings as the wizard shows them (no secrets), with the certificate expiry */
        get: operations["getFiscalSettings"];
        /** Save the fiscal settings and the A1 certificate, then start emitting with them */
        put: operations["putFiscalSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fiscal emission status: mode, SEFAZ reachability, pending documents */
        get: operations["getFiscalStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/test-emission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a R$ 1,00 test NFC-e in homologação and answer SEFAZ's verdict */
        post: operations["postFiscalTestEmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal/transmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transmit the pending (contingency) documents now */
        post: operations["postFiscalTransmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hardware": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Configured peripherals (scales, scanners, displays, drawers) */
        get: operations["getHardware"];
        put?: never;
        /** Configure a peripheral */
        post: operations["postHardware"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hardware/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One peripheral, online or with its problem */
        get: operations["getHardwareById"];
        put?: never;
        post?: never;
        /** Remove a peripheral */
        delete: operations["deleteHardwareById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hardware/{id}/virtual/display": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a virtual customer display shows */
        get: operations["getHardwareByIdVirtualDisplay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hardware/{id}/virtual/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Scan a code on a virtual scanner (tests and demos) */
        post: operations["postHardwareByIdVirtualScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hardware/{id}/virtual/weight": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a weight on a virtual scale (tests and demos) */
        post: operations["postHardwareByIdVirtualWeight"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hardware/serial-ports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Serial ports with a device behind them, matched to known profiles by their USB adapter */
        get: operations["getHardwareSerialPorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hardware/usb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** USB devices attached, matched to known profiles */
        get: operations["getHardwareUsb"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every integration API key (never the key itself) */
        get: operations["getIntegrationsApiKeys"];
        put?: never;
        /** Create an integration API key; the key is shown this once */
        post: operations["postIntegrationsApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/api-keys/{id}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The key's audit trail of calls, newest first */
        get: operations["getIntegrationsApiKeysByIdCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API key at once */
        post: operations["postIntegrationsApiKeysByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Journal events after a sequence number (replay of anything published) */
        get: operations["getJournal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kds/{station}/allday": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All-day counts of what a station still has to make */
        get: operations["getKdsByStationAllday"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kds/{station}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A KDS command: start, bump, recall or void a ticket or item (same as the MQTT command topic) */
        post: operations["postKdsByStationCommands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kds/{station}/recent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickets a station bumped recently (for recall) */
        get: operations["getKdsByStationRecent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kds/{station}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open tickets of a station */
        get: operations["getKdsByStationTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kds/{station}/tickets/{ticketId}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Print a kitchen ticket again on its station's printer */
        post: operations["postKdsByStationTicketsByTicketIdPrint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kds/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kitchen stations */
        get: operations["getKdsStations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kds/stations/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a kitchen station */
        put: operations["putKdsStationsByCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/logs/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live log tail as server-sent events (`log` events), from the recent lines at or above `level` */
        get: operations["getLogsStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace/mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Map a platform item code to a store product */
        put: operations["putMarketplaceMappings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders received from marketplaces (filter by status, or only those waiting for the operator) */
        get: operations["getMarketplaceOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One marketplace order with its platform data and mapped lines */
        get: operations["getMarketplaceOrdersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace/orders/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The operator accepts a waiting marketplace order: it becomes a store order and goes to the kitchen */
        post: operations["postMarketplaceOrdersByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketplace/settings/auto-accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per platform, whether its orders are accepted without the operator */
        get: operations["getMarketplaceSettingsAutoAccept"];
        /** Turn auto-accept on or off per platform */
        put: operations["putMarketplaceSettingsAutoAccept"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document */
        get: operations["getOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/order-settings/hand-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store's hand-over policy (how orders reach the customer) */
        get: operations["getOrderSettingsHandOver"];
        /** Change the hand-over policy */
        put: operations["putOrderSettingsHandOver"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List orders (filter by status, channel, table, business dates) */
        get: operations["getOrders"];
        put?: never;
        /** Place an order (priced from the catalog and pricing rules); with confirm, confirmed and sent to the kitchen at once */
        post: operations["postOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with its items */
        get: operations["getOrdersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order (a manager override when the caller may not alone) */
        post: operations["postOrdersByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an order: it goes to the kitchen stations */
        post: operations["postOrdersByIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/consumer-tax-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set or clear (null) the consumer's CPF/CNPJ for the fiscal receipt, before payment */
        post: operations["postOrdersByIdConsumerTaxId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/discount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discount an order (a manager override above the caller's limit) */
        post: operations["postOrdersByIdDiscount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/fiscal/nfe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for an NF-e (model 55) with the buyer's data instead of the NFC-e: emitted at once when the order is paid (201), else on payment (202) */
        post: operations["postOrdersByIdFiscalNfe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add items to an open order */
        post: operations["postOrdersByIdItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/items/{itemId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel one line of an order (a manager override once it was sent to the kitchen, when the caller may not alone); the kitchen voids it on its ticket */
        post: operations["postOrdersByIdItemsByItemIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/items/{itemId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A fulfilment step for one item */
        post: operations["postOrdersByIdItemsByItemIdStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/items/weighed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a product sold by weight, weighed on a scale now */
        post: operations["postOrdersByIdItemsWeighed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's payments and its balance */
        get: operations["getOrdersByIdPayments"];
        put?: never;
        /**
         * Pay (part of) an order with one tender: cash, card (TEF or standalone machine), PIX
         * @description The answer carries the remaining balance; a PIX tender answers with the charge (QR code) and settles when the gateway confirms.
         */
        post: operations["postOrdersByIdPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/receipt/reprint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Print again the receipt of a paid sale (its DANFE when it has an NFC-e) */
        post: operations["postOrdersByIdReceiptReprint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A fulfilment step by staff (preparing, ready, delivering, completed) */
        post: operations["postOrdersByIdStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/write-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write an order off as courtesy or loss, with a manager override */
        post: operations["postOrdersByIdWriteOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One payment */
        get: operations["getPaymentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a pending payment (and its gateway charge)
         * @description The gateway is asked first: a charge the customer already paid is captured instead (422 PAYMENT_PIX_ALREADY_PAID), or, paid for another amount, withdrawn and flagged for a manager; one the gateway cannot confirm or does not cancel stays pending (503).
         */
        post: operations["postPaymentsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund (part of) a captured payment; through the gateway for PIX (a manager override above the limits) */
        post: operations["postPaymentsByIdRefunds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/reconciliation-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reconciliation alerts (payments the gateway settled differently) */
        get: operations["getPaymentsReconciliationAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reconcile a gateway's settlements for a date range (from its API or a report file) */
        post: operations["postPaymentsReconciliations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/reconciliations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reconciliation's result */
        get: operations["getPaymentsReconciliationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/unbooked-confirmations/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve money a PIX gateway received that the store did not book: what the manager did with it
         * @description Journals `payment.confirmation_resolved`. Repeating the same resolution answers it again and changes nothing; another resolution of one already resolved is refused.
         */
        post: operations["postPaymentsUnbookedConfirmationsByIdResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/unbooked-confirmations/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Money a PIX gateway received that the store did not book, not yet resolved (newest first) */
        get: operations["getPaymentsUnbookedConfirmationsOpen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/webhooks/{gateway}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A PIX gateway's notification (verified by the gateway's own token or signature) */
        post: operations["postPaymentsWebhooksByGateway"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pricing/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every pricing rule (channel markups, happy hours, promotions) */
        get: operations["getPricingRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pricing/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a pricing rule (its id is the path's) */
        put: operations["putPricingRulesById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pricing/rules/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch a pricing rule on or off */
        post: operations["postPricingRulesByIdActive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pricing/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Price a sample order with the active rules and show which rule changed which line, and why the others did not */
        post: operations["postPricingSimulate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/print-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List print jobs */
        get: operations["getPrintJobs"];
        put?: never;
        /** Queue a print job */
        post: operations["postPrintJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/print-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One print job */
        get: operations["getPrintJobsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/print-jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry a failed print job */
        post: operations["postPrintJobsByIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/print-routing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which printer gets receipts, reports and kitchen tickets */
        get: operations["getPrintRouting"];
        /** Change the print routing */
        put: operations["putPrintRouting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/printer-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The printer profiles a printer can be configured with */
        get: operations["getPrinterProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/printers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Configured printers */
        get: operations["getPrinters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/printers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Configure a printer (profile, connection, paper) */
        put: operations["putPrintersById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/printers/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ask a printer for its status (paper, cover, reachable) */
        get: operations["getPrintersByIdStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/printers/usb-detect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** USB printers attached to the appliance, matched to known profiles */
        get: operations["getPrintersUsbDetect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products (filter by category, type, channel, active, text) */
        get: operations["getProducts"];
        put?: never;
        /** Create a product */
        post: operations["postProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product */
        get: operations["getProductsById"];
        /** Replace a product */
        put: operations["putProductsById"];
        post?: never;
        /** Deactivate a product */
        delete: operations["deleteProductsById"];
        options?: never;
        head?: never;
        /** Quick edit at the counter: today's price, out of stock */
        patch: operations["patchProductsById"];
        trace?: never;
    };
    "/api/v1/products/{id}/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace what customers call the product in chat orders ("coca", "refri"): the chat parser reads them at once */
        put: operations["putProductsByIdAliases"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload the product photo (JPEG, PNG or WebP bytes as the body): stored as a 480 px square WebP */
        put: operations["putProductsByIdPhoto"];
        post?: never;
        /** Remove the product photo */
        delete: operations["deleteProductsByIdPhoto"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/by-barcode/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The product with this GTIN barcode, to sell it (one off the menu is refused) */
        get: operations["getProductsByBarcodeByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service/restarts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the service dashboard can restart here: the running subsystems, and whether the whole appliance restarts in place */
        get: operations["getServiceRestarts"];
        put?: never;
        /** Restart one subsystem (answers once it runs again) or the whole appliance (answers 202, then restarts) */
        post: operations["postServiceRestarts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check whether stock allows these items (nothing is reserved) */
        post: operations["postStockAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post an inventory count (what is on the shelves, beside what open orders hold; lines of the same item add up; countedAt: when it was taken, what moved since stays booked) */
        post: operations["postStockCounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every stock item with its level */
        get: operations["getStockItems"];
        put?: never;
        /** Create a stock item (product or ingredient); a product's own item counts in the unit it is sold by */
        post: operations["postStockItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One stock item with its latest movements (oldest first) */
        get: operations["getStockItemsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/items/{id}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of a stock item's movements (newest first unless sort=createdAt:asc) */
        get: operations["getStockItemsByIdMovements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a purchase, loss, adjustment or transfer */
        post: operations["postStockMovements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/recipes/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the recipe of a product (the stock items it consumes; lines of the same item add up) */
        put: operations["putStockRecipesByProductId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store profile: name, company ids, address, service charge, receipt texts, time zone */
        get: operations["getStore"];
        /** Replace the store profile (journaled store.profile_changed) */
        put: operations["putStore"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The system update status: whether this host installs updates, the last bundle uploaded and how its install went, the version running */
        get: operations["getSystemUpdates"];
        put?: never;
        /**
         * Upload a signed system update bundle (RAUC .raucb bytes as the body, application/octet-stream): the OS image installs it into the inactive root slot and reboots into it
         * @description The body may be up to `CHEFIA_SYSTEM_UPDATE_MAX_BYTES` (default 1 GiB), beyond the general request body limit. Answers 202 with the status (`queued`) once the bundle is on disk and the upload journaled (`system.update_requested`); follow it with GET.
         */
        post: operations["postSystemUpdates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/table-layouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Floor layouts with their sections and tables */
        get: operations["getTableLayouts"];
        put?: never;
        /** Create a floor layout */
        post: operations["postTableLayouts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/table-layouts/{id}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a section to a floor layout */
        post: operations["postTableLayoutsByIdSections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tables with their status */
        get: operations["getTables"];
        put?: never;
        /** Add a table to a section, on a cell of its floor grid */
        post: operations["postTables"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tables/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One table */
        get: operations["getTablesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a table's label, capacity, seats or waiter */
        patch: operations["patchTablesById"];
        trace?: never;
    };
    "/api/v1/tables/{id}/placement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move a table on the floor grid, or to another section's grid */
        put: operations["putTablesByIdPlacement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tables/{id}/reservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reserve a table or lift its reservation */
        post: operations["postTablesByIdReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tables/{id}/tab": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a tab on a table */
        post: operations["postTablesByIdTab"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tabs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tab with its orders, items and balance */
        get: operations["getTabsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tabs/{id}/card-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay (part of) a tab by card on the TEF terminal, at the table
         * @description Pays the tab's order (a tab that an order with money on it joined: the first whose balance takes the amount); the tab closes and the table is free once everything is paid.
         */
        post: operations["postTabsByIdCardPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tabs/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a settled tab and free the table */
        post: operations["postTabsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tabs/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge another table's tab into this one
         * @description One bill: the joining tab's lines move onto this tab's order and its emptied order is cancelled. An order with money on it (paid, a PIX charge open, a discount) keeps its lines and stays a second order of the tab.
         */
        post: operations["postTabsByIdMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tabs/{id}/request-bill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for the bill: the table shows as paying */
        post: operations["postTabsByIdRequestBill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tabs/{id}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a round of items to a tab; it goes to the kitchen */
        post: operations["postTabsByIdRounds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tabs/{id}/service-charge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline (waived: true) or restore the service charge of a tab
         * @description Later payments of the tab collect no service charge while it is waived; what was already collected stays.
         */
        post: operations["postTabsByIdServiceCharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tabs/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute a bill split (equal, by seat, by items); changes nothing */
        post: operations["postTabsByIdSplit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tabs/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a tab to another table */
        post: operations["postTabsByIdTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tabs/{id}/transfer-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move items of a tab to another table */
        post: operations["postTabsByIdTransferItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["getUsers"];
        put?: never;
        /** Create a user with a role, a password and optionally a PIN */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: operations["getUsersById"];
        put?: never;
        post?: never;
        /** Deactivate a user (kept for the journal and old receipts) */
        delete: operations["deleteUsersById"];
        options?: never;
        head?: never;
        /** Change a user's name or status */
        patch: operations["patchUsersById"];
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a user's password (one's own with the current password; sessions revoked) */
        post: operations["postUsersByIdPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or clear (null) a user's PIN (one's own with the current password) */
        put: operations["putUsersByIdPin"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a user's role */
        put: operations["putUsersByIdRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unlock a user locked out by failed logins */
        post: operations["postUsersByIdUnlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalog-images/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product photo (WebP), named by its content hash: cached forever */
        get: operations["getCatalogImagesByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cliente": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cliente web app (pt-BR; data from the API and MQTT) */
        get: operations["getCliente"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cliente/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirect to the cliente web app */
        get: operations["getCliente2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cliente/config.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** cliente screen configuration: the store id and name (not enveloped) */
        get: operations["getClienteConfigJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/demo/pix/{paymentId}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Demo stores only: play the customer paying a pending PIX charge at the simulated gateway */
        post: operations["postDemoPixByPaymentIdPay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/api.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API narrative (docs/api.md) as text */
        get: operations["getDocsApiMd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/garcom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The garcom web app (pt-BR; data from the API and MQTT) */
        get: operations["getGarcom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/garcom/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirect to the garcom web app */
        get: operations["getGarcom2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/garcom/config.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Waiter app configuration: the store id and name (not enveloped) */
        get: operations["getGarcomConfigJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Store health: database, broker, disk, memory, fiscal backlog
         * @description Answers 503 with the same report (success false) when the store is down.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kds web app (pt-BR; data from the API and MQTT) */
        get: operations["getKds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kds/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirect to the kds web app */
        get: operations["getKds2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kds/config.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** KDS screen configuration: stations and pt-BR texts (not enveloped) */
        get: operations["getKdsConfigJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format) */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/painel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The painel web app (pt-BR; data from the API and MQTT) */
        get: operations["getPainel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/painel/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirect to the painel web app */
        get: operations["getPainel2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/painel/config.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** painel screen configuration: the store id and name (not enveloped) */
        get: operations["getPainelConfigJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pos web app (pt-BR; data from the API and MQTT) */
        get: operations["getPos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pos/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirect to the pos web app */
        get: operations["getPos2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pos/config.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** POS terminal configuration: the store id and name, the scale id (not enveloped) */
        get: operations["getPosConfigJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/start.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The start page's style sheet */
        get: operations["getStartCss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/totem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The totem web app (pt-BR; data from the API and MQTT) */
        get: operations["getTotem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/totem/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirect to the totem web app */
        get: operations["getTotem2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/totem/config.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** totem screen configuration: the store id and name (not enveloped) */
        get: operations["getTotemConfigJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/web/assets/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A content-hashed script, style sheet, image or font of the web apps */
        get: operations["getWebAssetsByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CategoryNode: {
            active: boolean;
            children: components["schemas"]["CategoryNode"][];
            id: string;
            name: string;
            parentId: string | null;
            prepSeconds: number | null;
            sortOrder: number;
            station: string | null;
            updatedAt: string;
        };
        ErrorEnvelope: {
            data: null;
            error: {
                /** @description Stable UPPER_SNAKE code clients branch on. */
                code: string;
                /** @description Field-level information; for VALIDATION_FAILED a list of {path, code, message}. */
                details: unknown;
                /** @description pt-BR text for the person at the terminal. */
                message: string;
            };
            metadata?: Record<string, never> | null;
            /** @constant */
            success: false;
        };
        PageMetadata: {
            page: number;
            size: number;
            total: number;
        };
    };
    responses: {
        /** @description The error envelope */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description WEB_APP_NOT_BUILT, SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getAdmin2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getApiDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getAudit: {
        parameters: {
            query?: {
                actorId?: string;
                from?: string;
                page?: number;
                size?: number;
                sort?: string;
                subjectId?: string;
                to?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            actor: {
                                id: string;
                                /** @enum {string} */
                                type: "user" | "device" | "system" | "integration";
                            } | null;
                            aggregateId: string;
                            aggregateType: string;
                            correlationId: string | null;
                            id: string;
                            occurredAt: string;
                            payload: {
                                [key: string]: unknown;
                            };
                            seq: number;
                            type: string;
                        }[];
                        error: null;
                        metadata?: components["schemas"]["PageMetadata"];
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postAuthChangePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            passwordChangedAt: string;
                            /** Format: date-time */
                            passwordExpiresAt: string;
                            /** @constant */
                            sessionsRevoked: true;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description INVALID_CREDENTIALS */
            401: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, PASSWORD_POLICY, PASSWORD_REUSED */
            422: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            accessToken: string;
                            expiresIn: number;
                            /** Format: date-time */
                            passwordExpiresAt: string;
                            /** Format: date-time */
                            refreshExpiresAt: string;
                            refreshToken: string;
                            sessionId: string;
                            /** @constant */
                            tokenType: "Bearer";
                            user: {
                                id: string;
                                name: string;
                                readonly permissions: string[];
                                /** @description ADMIN | MANAGER | CASHIER | WAITER | KITCHEN | CUSTOMER */
                                role: string;
                                username: string;
                            };
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description INVALID_CREDENTIALS */
            401: components["responses"]["Error"];
            /** @description PASSWORD_EXPIRED, ACCOUNT_INACTIVE */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description ACCOUNT_LOCKED */
            423: components["responses"]["Error"];
            /** @description RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @constant */
                            revoked: true;
                            sessionId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            sessionId: string | null;
                            /** @constant */
                            type: "user";
                            user: {
                                /** Format: date-time */
                                createdAt: string;
                                hasPin: boolean;
                                id: string;
                                lockedUntil: string | null;
                                name: string;
                                /** Format: date-time */
                                passwordChangedAt: string;
                                /** Format: date-time */
                                passwordExpiresAt: string;
                                permissions: string[];
                                role: string;
                                /** @enum {string} */
                                status: "ACTIVE" | "INACTIVE";
                                /** Format: date-time */
                                updatedAt: string;
                                username: string;
                            };
                        } | {
                            device: {
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                id: string;
                                kind: string;
                                name: string;
                                pairedAt: string | null;
                                pairingExpiresAt: string | null;
                                revokedAt: string | null;
                                stations: string[];
                                /** @enum {string} */
                                status: "PENDING" | "ACTIVE" | "REVOKED";
                            } | null;
                            permissions: string[];
                            /** @constant */
                            type: "device";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postAuthPinLogin: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    pin: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            accessToken: string;
                            expiresIn: number;
                            /** Format: date-time */
                            passwordExpiresAt: string;
                            /** Format: date-time */
                            refreshExpiresAt: string;
                            refreshToken: string;
                            sessionId: string;
                            /** @constant */
                            tokenType: "Bearer";
                            user: {
                                id: string;
                                name: string;
                                readonly permissions: string[];
                                /** @description ADMIN | MANAGER | CASHIER | WAITER | KITCHEN | CUSTOMER */
                                role: string;
                                username: string;
                            };
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID, PIN_FORMAT */
            400: components["responses"]["Error"];
            /** @description INVALID_CREDENTIALS, INVALID_PIN, PIN_NOT_SET */
            401: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description ACCOUNT_LOCKED */
            423: components["responses"]["Error"];
            /** @description RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postAuthRefresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            accessToken: string;
                            expiresIn: number;
                            /** Format: date-time */
                            passwordExpiresAt: string;
                            /** Format: date-time */
                            refreshExpiresAt: string;
                            refreshToken: string;
                            sessionId: string;
                            /** @constant */
                            tokenType: "Bearer";
                            user: {
                                id: string;
                                name: string;
                                readonly permissions: string[];
                                /** @description ADMIN | MANAGER | CASHIER | WAITER | KITCHEN | CUSTOMER */
                                role: string;
                                username: string;
                            };
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description REFRESH_TOKEN_INVALID, REFRESH_TOKEN_REUSED, SESSION_EXPIRED */
            401: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getBackups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            bytes: number;
                            /** Format: date-time */
                            createdAt: string;
                            name: string;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postBackups: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            bytes: number;
                            name: string;
                            removed: string[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getBackupsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.sqlite3": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BACKUP_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postBackupsByNameRestore: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    confirmUnsentEvents?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            journalHeadSeq: number;
                            journalSeq: number;
                            name: string;
                            preRestoreBackup: string;
                            /** @constant */
                            restarting: true;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BACKUP_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description RESTORE_IN_PROGRESS, RESTORE_WOULD_LOSE_UNSENT_EVENTS */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, BACKUP_INVALID, BACKUP_NEWER_THAN_APPLIANCE, BACKUP_OF_ANOTHER_STORE */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description RESTART_NOT_SUPPORTED, SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getBusinessDays: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            closedAt: string | null;
                            closedBy: string | null;
                            /** Format: date */
                            date: string;
                            id: string;
                            /** Format: date-time */
                            openedAt: string;
                            openedBy: string | null;
                            /** @enum {string} */
                            status: "OPENING" | "OPEN" | "CLOSING" | "CLOSED";
                        }[];
                        error: null;
                        metadata?: components["schemas"]["PageMetadata"];
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getBusinessDaysById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            closedAt: string | null;
                            closedBy: string | null;
                            /** Format: date */
                            date: string;
                            id: string;
                            /** Format: date-time */
                            openedAt: string;
                            openedBy: string | null;
                            /** @enum {string} */
                            status: "OPENING" | "OPEN" | "CLOSING" | "CLOSED";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BUSINESS_DAY_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getBusinessDaysByIdReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            report: {
                                businessDayId: string;
                                byCategory: {
                                    amountCents: number;
                                    categoryId: string;
                                    count: number;
                                }[];
                                byChannel: {
                                    amountCents: number;
                                    channel: string;
                                    count: number;
                                }[];
                                byHour: {
                                    amountCents: number;
                                    count: number;
                                    hour: string;
                                }[];
                                byOperator: {
                                    amountCents: number;
                                    count: number;
                                    name: string | null;
                                    operatorId: string;
                                }[];
                                byProduct: {
                                    amountCents: number;
                                    name: string;
                                    productId: string;
                                    quantity: number;
                                    unit: string;
                                }[];
                                cancellations: {
                                    amountCents: number;
                                    count: number;
                                };
                                cashiers: {
                                    differenceCents: number;
                                    operatorId: string;
                                    operatorName?: string | null;
                                    sessionId: string;
                                    status: string;
                                    terminalId: string;
                                    totalCountedCents: number;
                                    totalExpectedCents: number;
                                }[];
                                closedAt: string;
                                currency: string;
                                date: string;
                                fiscalDocuments: {
                                    authorized: number;
                                    authorizedTotalCents: number;
                                    awaitingEmission: number;
                                    cancelled: number;
                                    contingencyPending: number;
                                    denied: number;
                                    inutilized: number;
                                    rejected: number;
                                };
                                openedAt: string;
                                payments: {
                                    byMethod: {
                                        capturedCents: number;
                                        count: number;
                                        method: string;
                                        netCents: number;
                                        refundedCents: number;
                                    }[];
                                    capturedCents: number;
                                    changeCents: number;
                                    count: number;
                                    netCents: number;
                                    refundedCents: number;
                                };
                                refunds: {
                                    amountCents: number;
                                    byOperator: {
                                        amountCents: number;
                                        count: number;
                                        operatorId: string;
                                    }[];
                                    count: number;
                                };
                                sales: {
                                    deliveryFeeCents?: number;
                                    discountCents: number;
                                    grossCents: number;
                                    netCents: number;
                                    ordersCount: number;
                                };
                                serviceCharge?: {
                                    amountCents: number;
                                    byMethod: {
                                        amountCents: number;
                                        count: number;
                                        method: string;
                                    }[];
                                    count: number;
                                };
                                taxes: {
                                    cbsCents: number;
                                    cofinsCents: number;
                                    ibsCents: number;
                                    icmsBaseCents: number;
                                    icmsCents: number;
                                    pisCents: number;
                                    /** @constant */
                                    source: "AUTHORIZED_DOCUMENTS";
                                    taxReform: boolean;
                                };
                                writeOffs: {
                                    amountCents: number;
                                    byKind: {
                                        amountCents: number;
                                        count: number;
                                        kind: string;
                                    }[];
                                    count: number;
                                    orders: {
                                        amountCents: number;
                                        channel: string;
                                        kind: string;
                                        managerId: string | null;
                                        number?: number;
                                        reason: string;
                                        totalCents: number;
                                    }[];
                                };
                            };
                            text: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BUSINESS_DAY_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BUSINESS_DAY_REPORT_NOT_READY */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getBusinessDaysCurrent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            closedAt: string | null;
                            closedBy: string | null;
                            /** Format: date */
                            date: string;
                            id: string;
                            /** Format: date-time */
                            openedAt: string;
                            openedBy: string | null;
                            /** @enum {string} */
                            status: "OPENING" | "OPEN" | "CLOSING" | "CLOSED";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BUSINESS_DAY_NOT_OPEN */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postBusinessDaysCurrentClose: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    resolve?: {
                        cancelDrafts?: boolean;
                        completeHandedOver?: boolean;
                        writeOffUnpaid?: {
                            /** @enum {string} */
                            kind: "COURTESY" | "LOSS";
                            reason: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            backup: {
                                bytes: number;
                                file: string;
                                removed: string[];
                            } | null;
                            backupFailure?: {
                                /** @constant */
                                code: "BACKUP_FAILED";
                                message: string;
                            };
                            day: {
                                closedAt: string | null;
                                closedBy: string | null;
                                /** Format: date */
                                date: string;
                                id: string;
                                /** Format: date-time */
                                openedAt: string;
                                openedBy: string | null;
                                /** @enum {string} */
                                status: "OPENING" | "OPEN" | "CLOSING" | "CLOSED";
                            };
                            report: {
                                businessDayId: string;
                                byCategory: {
                                    amountCents: number;
                                    categoryId: string;
                                    count: number;
                                }[];
                                byChannel: {
                                    amountCents: number;
                                    channel: string;
                                    count: number;
                                }[];
                                byHour: {
                                    amountCents: number;
                                    count: number;
                                    hour: string;
                                }[];
                                byOperator: {
                                    amountCents: number;
                                    count: number;
                                    name: string | null;
                                    operatorId: string;
                                }[];
                                byProduct: {
                                    amountCents: number;
                                    name: string;
                                    productId: string;
                                    quantity: number;
                                    unit: string;
                                }[];
                                cancellations: {
                                    amountCents: number;
                                    count: number;
                                };
                                cashiers: {
                                    differenceCents: number;
                                    operatorId: string;
                                    operatorName?: string | null;
                                    sessionId: string;
                                    status: string;
                                    terminalId: string;
                                    totalCountedCents: number;
                                    totalExpectedCents: number;
                                }[];
                                closedAt: string;
                                currency: string;
                                date: string;
                                fiscalDocuments: {
                                    authorized: number;
                                    authorizedTotalCents: number;
                                    awaitingEmission: number;
                                    cancelled: number;
                                    contingencyPending: number;
                                    denied: number;
                                    inutilized: number;
                                    rejected: number;
                                };
                                openedAt: string;
                                payments: {
                                    byMethod: {
                                        capturedCents: number;
                                        count: number;
                                        method: string;
                                        netCents: number;
                                        refundedCents: number;
                                    }[];
                                    capturedCents: number;
                                    changeCents: number;
                                    count: number;
                                    netCents: number;
                                    refundedCents: number;
                                };
                                refunds: {
                                    amountCents: number;
                                    byOperator: {
                                        amountCents: number;
                                        count: number;
                                        operatorId: string;
                                    }[];
                                    count: number;
                                };
                                sales: {
                                    deliveryFeeCents?: number;
                                    discountCents: number;
                                    grossCents: number;
                                    netCents: number;
                                    ordersCount: number;
                                };
                                serviceCharge?: {
                                    amountCents: number;
                                    byMethod: {
                                        amountCents: number;
                                        count: number;
                                        method: string;
                                    }[];
                                    count: number;
                                };
                                taxes: {
                                    cbsCents: number;
                                    cofinsCents: number;
                                    ibsCents: number;
                                    icmsBaseCents: number;
                                    icmsCents: number;
                                    pisCents: number;
                                    /** @constant */
                                    source: "AUTHORIZED_DOCUMENTS";
                                    taxReform: boolean;
                                };
                                writeOffs: {
                                    amountCents: number;
                                    byKind: {
                                        amountCents: number;
                                        count: number;
                                        kind: string;
                                    }[];
                                    count: number;
                                    orders: {
                                        amountCents: number;
                                        channel: string;
                                        kind: string;
                                        managerId: string | null;
                                        number?: number;
                                        reason: string;
                                        totalCents: number;
                                    }[];
                                };
                            };
                            text: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, BUSINESS_DAY_NOT_OPEN, BUSINESS_DAY_CLOSE_BLOCKED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getBusinessDaysCurrentXReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            report: {
                                [key: string]: unknown;
                            };
                            text: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BUSINESS_DAY_NOT_OPEN */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postBusinessDaysCurrentXReportPrint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            jobId: string;
                            kind: string;
                            printerId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRINTER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BUSINESS_DAY_NOT_OPEN, PRINT_REPORT_PRINTER_MISSING */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postBusinessDaysOpen: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** Format: date */
                    date?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            closedAt: string | null;
                            closedBy: string | null;
                            /** Format: date */
                            date: string;
                            id: string;
                            /** Format: date-time */
                            openedAt: string;
                            openedBy: string | null;
                            /** @enum {string} */
                            status: "OPENING" | "OPEN" | "CLOSING" | "CLOSED";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, BUSINESS_DAY_FUTURE_DATE, BUSINESS_DAY_ALREADY_OPEN, BUSINESS_DAY_ALREADY_CLOSED, BUSINESS_DAY_BEFORE_LAST_CLOSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getCashierLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            closeDifferenceAlertAboveCents: number;
                            drawerAlertAboveCents: number;
                            refundOverrideAboveCents: number;
                            withdrawalOverrideAboveCents: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putCashierLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    closeDifferenceAlertAboveCents?: number;
                    drawerAlertAboveCents?: number;
                    refundOverrideAboveCents?: number;
                    withdrawalOverrideAboveCents?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            closeDifferenceAlertAboveCents: number;
                            drawerAlertAboveCents: number;
                            refundOverrideAboveCents: number;
                            withdrawalOverrideAboveCents: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getCashierSessions: {
        parameters: {
            query?: {
                businessDayId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            businessDayId: string;
                            closedAt: string | null;
                            closedBy: string | null;
                            id: string;
                            /** Format: date-time */
                            openedAt: string;
                            openingFloatCents: number;
                            operatorId: string;
                            operatorName: string | null;
                            /** @enum {string} */
                            status: "OPEN" | "CLOSED";
                            terminalId: string;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postCashierSessions: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    openingFloatCents: number;
                    terminalId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            businessDayId: string;
                            closedAt: string | null;
                            closedBy: string | null;
                            id: string;
                            /** Format: date-time */
                            openedAt: string;
                            openingFloatCents: number;
                            operatorId: string;
                            operatorName: string | null;
                            /** @enum {string} */
                            status: "OPEN" | "CLOSED";
                            terminalId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, BUSINESS_DAY_NOT_OPEN */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getCashierSessionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            businessDayId: string;
                            closedAt: string | null;
                            closedBy: string | null;
                            expectedByMethod: {
                                [key: string]: number;
                            } | null;
                            id: string;
                            /** Format: date-time */
                            openedAt: string;
                            openingFloatCents: number;
                            operations: {
                                amountCents: number;
                                changeCents: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                managerId: string | null;
                                /** @enum {string} */
                                method: "CASH" | "CREDIT" | "DEBIT" | "VOUCHER" | "PIX" | "OTHER";
                                operatorId: string | null;
                                reason: string | null;
                                reference: string | null;
                                sessionId: string;
                                /** @enum {string} */
                                type: "SALE" | "REFUND" | "WITHDRAWAL" | "DEPOSIT";
                            }[] | null;
                            operatorId: string;
                            operatorName: string | null;
                            /** @enum {string} */
                            status: "OPEN" | "CLOSED";
                            terminalId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, CASHIER_NOT_OWNER */
            403: components["responses"]["Error"];
            /** @description CASHIER_SESSION_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postCashierSessionsByIdClose: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    counted: {
                        CASH?: number;
                        CREDIT?: number;
                        DEBIT?: number;
                        OTHER?: number;
                        PIX?: number;
                        VOUCHER?: number;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            report: {
                                alert: boolean;
                                businessDayId: string;
                                closedAt: string;
                                closedBy: string | null;
                                differenceCents: number;
                                drawerOpenings?: number;
                                lines: {
                                    countedCents: number;
                                    differenceCents: number;
                                    expectedCents: number;
                                    method: string;
                                }[];
                                openedAt: string;
                                openingFloatCents: number;
                                operatorId: string;
                                operatorName: string | null;
                                sessionId: string;
                                /** @enum {string} */
                                status: "BALANCED" | "OVER" | "SHORT";
                                terminalId: string;
                                totalCountedCents: number;
                                totalExpectedCents: number;
                                totals: {
                                    cashSalesCents: number;
                                    changeCents: number;
                                    depositsCents: number;
                                    refundsCents: number;
                                    withdrawalsCents: number;
                                };
                            };
                            text: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, CASHIER_NOT_OWNER */
            403: components["responses"]["Error"];
            /** @description CASHIER_SESSION_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, CASHIER_SESSION_CLOSED, CASHIER_PAYMENT_PENDING */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getCashierSessionsByIdCloseReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            report: {
                                alert: boolean;
                                businessDayId: string;
                                closedAt: string;
                                closedBy: string | null;
                                differenceCents: number;
                                drawerOpenings?: number;
                                lines: {
                                    countedCents: number;
                                    differenceCents: number;
                                    expectedCents: number;
                                    method: string;
                                }[];
                                openedAt: string;
                                openingFloatCents: number;
                                operatorId: string;
                                operatorName: string | null;
                                sessionId: string;
                                /** @enum {string} */
                                status: "BALANCED" | "OVER" | "SHORT";
                                terminalId: string;
                                totalCountedCents: number;
                                totalExpectedCents: number;
                                totals: {
                                    cashSalesCents: number;
                                    changeCents: number;
                                    depositsCents: number;
                                    refundsCents: number;
                                    withdrawalsCents: number;
                                };
                            };
                            text: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, CASHIER_NOT_OWNER */
            403: components["responses"]["Error"];
            /** @description CASHIER_SESSION_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postCashierSessionsByIdDrawerOpenings: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    managerOverride?: unknown;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            authorizedBy: {
                                managerId: string;
                                managerName: string | null;
                                overrideId: string | null;
                            };
                            openingId: string;
                            operatorId: string | null;
                            reason: string;
                            sessionId: string;
                            terminalId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, MANAGER_OVERRIDE_REQUIRED, MANAGER_OVERRIDE_INVALID, CASHIER_NOT_OWNER */
            403: components["responses"]["Error"];
            /** @description CASHIER_SESSION_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, CASHIER_SESSION_CLOSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postCashierSessionsByIdOperations: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountCents: number;
                    managerOverride?: unknown;
                    reason?: string;
                    /** @enum {string} */
                    type: "WITHDRAWAL" | "DEPOSIT";
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountCents: number;
                            changeCents: number;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            managerId: string | null;
                            /** @enum {string} */
                            method: "CASH" | "CREDIT" | "DEBIT" | "VOUCHER" | "PIX" | "OTHER";
                            operatorId: string | null;
                            reason: string | null;
                            reference: string | null;
                            sessionId: string;
                            /** @enum {string} */
                            type: "SALE" | "REFUND" | "WITHDRAWAL" | "DEPOSIT";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, MANAGER_OVERRIDE_REQUIRED, MANAGER_OVERRIDE_INVALID */
            403: components["responses"]["Error"];
            /** @description CASHIER_SESSION_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postCatalogImports: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                    fileName: string;
                };
            };
        };
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            counts: {
                                CREATED: number;
                                REJECTED: number;
                                UNCHANGED: number;
                                UPDATED: number;
                            };
                            done: number;
                            fileName: string;
                            finishedAt: string | null;
                            id: string;
                            rows: {
                                code: string | null;
                                key: string;
                                line: number;
                                message: string | null;
                                /** @enum {string} */
                                outcome: "CREATED" | "UPDATED" | "UNCHANGED" | "REJECTED";
                            }[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "RUNNING" | "DONE" | "FAILED";
                            total: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE, IMPORT_FILE_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, IMPORT_FILE_INVALID, IMPORT_FILE_TOO_LARGE */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getCatalogImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            counts: {
                                CREATED: number;
                                REJECTED: number;
                                UNCHANGED: number;
                                UPDATED: number;
                            };
                            done: number;
                            fileName: string;
                            finishedAt: string | null;
                            id: string;
                            rows: {
                                code: string | null;
                                key: string;
                                line: number;
                                message: string | null;
                                /** @enum {string} */
                                outcome: "CREATED" | "UPDATED" | "UNCHANGED" | "REJECTED";
                            }[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "RUNNING" | "DONE" | "FAILED";
                            total: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description IMPORT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postCatalogPriceChanges: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountCents?: number;
                    /** @default false */
                    apply?: boolean;
                    categoryId: string;
                    expected?: {
                        fromCents: number;
                        optionId?: string;
                        productId: string;
                        toCents: number;
                    }[];
                    /** @default true */
                    includeSubcategories?: boolean;
                    percentBp?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            applied: boolean;
                            changes: {
                                fromCents: number;
                                name: string;
                                optionId?: string;
                                productId: string;
                                toCents: number;
                            }[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRICE_CHANGE_PREVIEW_STALE */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, PRODUCT_CATEGORY_NOT_FOUND, PRICE_CHANGE_OUT_OF_RANGE */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CategoryNode"][];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postCategories: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    id?: string;
                    name: string;
                    parentId?: string | null;
                    prepSeconds?: number | null;
                    /** @default 0 */
                    sortOrder?: number;
                    station?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            id: string;
                            name: string;
                            parentId: string | null;
                            prepSeconds: number | null;
                            sortOrder: number;
                            station: string | null;
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getCategoriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            id: string;
                            name: string;
                            parentId: string | null;
                            prepSeconds: number | null;
                            sortOrder: number;
                            station: string | null;
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description CATEGORY_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putCategoriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    id?: string;
                    name: string;
                    parentId?: string | null;
                    prepSeconds?: number | null;
                    /** @default 0 */
                    sortOrder?: number;
                    station?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            id: string;
                            name: string;
                            parentId: string | null;
                            prepSeconds: number | null;
                            sortOrder: number;
                            station: string | null;
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description CATEGORY_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    deleteCategoriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            id: string;
                            name: string;
                            parentId: string | null;
                            prepSeconds: number | null;
                            sortOrder: number;
                            station: string | null;
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description CATEGORY_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getChatConversations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            channel: "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            consent: ("ASKED" | "GRANTED" | "DENIED") | null;
                            customerId: string | null;
                            id: string;
                            insideWindow: boolean;
                            lastInboundAt: string;
                            lastMessage: string | null;
                            phone: string | null;
                            profileName: string | null;
                            staffMayReply: boolean;
                            /** @enum {string} */
                            status: "BOT" | "HANDED_OVER";
                            updatedAt: string;
                            waitingSince: string | null;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getChatConversationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            channel: "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            consent: ("ASKED" | "GRANTED" | "DENIED") | null;
                            customerId: string | null;
                            id: string;
                            insideWindow: boolean;
                            lastInboundAt: string;
                            messages: {
                                /** @enum {string} */
                                author: "CUSTOMER" | "BOT" | "STAFF";
                                createdAt: string;
                                /** @enum {string} */
                                direction: "IN" | "OUT";
                                failureCode: string | null;
                                id: string;
                                staffId: string | null;
                                text: string;
                            }[];
                            orders: {
                                changeForCents: number | null;
                                createdAt: string;
                                deliveryAddress: {
                                    latitude: number | null;
                                    longitude: number | null;
                                    text: string;
                                } | null;
                                deliveryFeeCents: number;
                                /** @enum {string} */
                                fulfilment: "DELIVERY" | "PICKUP";
                                orderId: string;
                                /** @enum {string} */
                                paymentMethod: "PIX" | "CARD" | "CASH";
                            }[];
                            phone: string | null;
                            profileName: string | null;
                            staffMayReply: boolean;
                            /** @enum {string} */
                            status: "BOT" | "HANDED_OVER";
                            updatedAt: string;
                            waitingSince: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description CHAT_CONVERSATION_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postChatConversationsByIdRelease: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            channel: "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            consent: ("ASKED" | "GRANTED" | "DENIED") | null;
                            customerId: string | null;
                            id: string;
                            insideWindow: boolean;
                            lastInboundAt: string;
                            messages: {
                                /** @enum {string} */
                                author: "CUSTOMER" | "BOT" | "STAFF";
                                createdAt: string;
                                /** @enum {string} */
                                direction: "IN" | "OUT";
                                failureCode: string | null;
                                id: string;
                                staffId: string | null;
                                text: string;
                            }[];
                            orders: {
                                changeForCents: number | null;
                                createdAt: string;
                                deliveryAddress: {
                                    latitude: number | null;
                                    longitude: number | null;
                                    text: string;
                                } | null;
                                deliveryFeeCents: number;
                                /** @enum {string} */
                                fulfilment: "DELIVERY" | "PICKUP";
                                orderId: string;
                                /** @enum {string} */
                                paymentMethod: "PIX" | "CARD" | "CASH";
                            }[];
                            phone: string | null;
                            profileName: string | null;
                            staffMayReply: boolean;
                            /** @enum {string} */
                            status: "BOT" | "HANDED_OVER";
                            updatedAt: string;
                            waitingSince: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description CHAT_CONVERSATION_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postChatConversationsByIdReply: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            channel: "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            consent: ("ASKED" | "GRANTED" | "DENIED") | null;
                            customerId: string | null;
                            id: string;
                            insideWindow: boolean;
                            lastInboundAt: string;
                            messages: {
                                /** @enum {string} */
                                author: "CUSTOMER" | "BOT" | "STAFF";
                                createdAt: string;
                                /** @enum {string} */
                                direction: "IN" | "OUT";
                                failureCode: string | null;
                                id: string;
                                staffId: string | null;
                                text: string;
                            }[];
                            orders: {
                                changeForCents: number | null;
                                createdAt: string;
                                deliveryAddress: {
                                    latitude: number | null;
                                    longitude: number | null;
                                    text: string;
                                } | null;
                                deliveryFeeCents: number;
                                /** @enum {string} */
                                fulfilment: "DELIVERY" | "PICKUP";
                                orderId: string;
                                /** @enum {string} */
                                paymentMethod: "PIX" | "CARD" | "CASH";
                            }[];
                            phone: string | null;
                            profileName: string | null;
                            staffMayReply: boolean;
                            /** @enum {string} */
                            status: "BOT" | "HANDED_OVER";
                            updatedAt: string;
                            waitingSince: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description CHAT_CONVERSATION_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, CHAT_WINDOW_CLOSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postChatParse: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            correctedQuantity: number | null;
                            /** @enum {string} */
                            intent: "ORDER" | "CANCEL" | "MENU" | "STATUS" | "HOURS" | "HUMAN" | "GREETING" | "OTHER";
                            items: {
                                notes: string | null;
                                optionIds: string[];
                                productId: string;
                                quantity: number;
                            }[];
                            removedProductIds: string[];
                            unresolved: string[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    putCustomerDisplaysByTerminalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                terminalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    changeCents?: number | null;
                    lines: {
                        detail: string;
                        name: string;
                        quantity: number;
                        totalCents: number;
                    }[];
                    /** @enum {string} */
                    phase: "IDLE" | "CART" | "PIX" | "PAID";
                    pixCode?: string | null;
                    pixImage?: string | null;
                    totalCents: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            publishedAt: string;
                            terminalId: string;
                            topic: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, CASHIER_DISPLAY_OF_ANOTHER_TILL */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getCustomers: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                size?: number;
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            addresses: {
                                city: string;
                                complement?: string;
                                district?: string;
                                label?: string;
                                number?: string;
                                postalCode?: string;
                                state: string;
                                street: string;
                            }[];
                            anonymizedAt: string | null;
                            consentAt: string | null;
                            cpf: string | null;
                            createdAt: string;
                            email: string | null;
                            id: string;
                            marketingConsent: boolean;
                            name: string;
                            phone: string | null;
                            updatedAt: string;
                        }[];
                        error: null;
                        metadata?: components["schemas"]["PageMetadata"];
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, CUSTOMER_SEARCH_TOO_SHORT */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postCustomers: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addresses?: {
                        city: string;
                        complement?: string;
                        district?: string;
                        label?: string;
                        number?: string;
                        postalCode?: string;
                        state: string;
                        street: string;
                    }[];
                    /** @enum {string} */
                    consentSource?: "POS" | "KIOSK" | "WEB" | "APP" | "PHONE" | "PAPER";
                    cpf?: string | null;
                    email?: string | null;
                    marketingConsent?: boolean;
                    name: string;
                    phone?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            addresses: {
                                city: string;
                                complement?: string;
                                district?: string;
                                label?: string;
                                number?: string;
                                postalCode?: string;
                                state: string;
                                street: string;
                            }[];
                            anonymizedAt: string | null;
                            consentAt: string | null;
                            cpf: string | null;
                            createdAt: string;
                            email: string | null;
                            id: string;
                            marketingConsent: boolean;
                            name: string;
                            phone: string | null;
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description CUSTOMER_CPF_TAKEN */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getCustomersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            addresses: {
                                city: string;
                                complement?: string;
                                district?: string;
                                label?: string;
                                number?: string;
                                postalCode?: string;
                                state: string;
                                street: string;
                            }[];
                            anonymizedAt: string | null;
                            consentAt: string | null;
                            cpf: string | null;
                            createdAt: string;
                            email: string | null;
                            id: string;
                            marketingConsent: boolean;
                            name: string;
                            phone: string | null;
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description CUSTOMER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    patchCustomersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    addresses?: {
                        city: string;
                        complement?: string;
                        district?: string;
                        label?: string;
                        number?: string;
                        postalCode?: string;
                        state: string;
                        street: string;
                    }[];
                    /** @enum {string} */
                    consentSource?: "POS" | "KIOSK" | "WEB" | "APP" | "PHONE" | "PAPER";
                    cpf?: string | null;
                    email?: string | null;
                    marketingConsent?: boolean;
                    name?: string;
                    phone?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            addresses: {
                                city: string;
                                complement?: string;
                                district?: string;
                                label?: string;
                                number?: string;
                                postalCode?: string;
                                state: string;
                                street: string;
                            }[];
                            anonymizedAt: string | null;
                            consentAt: string | null;
                            cpf: string | null;
                            createdAt: string;
                            email: string | null;
                            id: string;
                            marketingConsent: boolean;
                            name: string;
                            phone: string | null;
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description CUSTOMER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description CUSTOMER_ANONYMIZED, CUSTOMER_CPF_TAKEN */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postCustomersByIdAnonymize: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            addresses: {
                                city: string;
                                complement?: string;
                                district?: string;
                                label?: string;
                                number?: string;
                                postalCode?: string;
                                state: string;
                                street: string;
                            }[];
                            anonymizedAt: string | null;
                            consentAt: string | null;
                            cpf: string | null;
                            createdAt: string;
                            email: string | null;
                            id: string;
                            marketingConsent: boolean;
                            name: string;
                            phone: string | null;
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description CUSTOMER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getCustomersByIdDataRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            channel: string;
                            completedAt: string | null;
                            customerId: string;
                            dueAt: string;
                            handledBy: string | null;
                            handledByName: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "ACCESS" | "CORRECTION" | "ANONYMIZATION" | "DELETION";
                            notes: string | null;
                            requestedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description CUSTOMER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postCustomersByIdDataRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    changes?: {
                        addresses?: {
                            city: string;
                            complement?: string;
                            district?: string;
                            label?: string;
                            number?: string;
                            postalCode?: string;
                            state: string;
                            street: string;
                        }[];
                        /** @enum {string} */
                        consentSource?: "POS" | "KIOSK" | "WEB" | "APP" | "PHONE" | "PAPER";
                        cpf?: string | null;
                        email?: string | null;
                        marketingConsent?: boolean;
                        name?: string;
                        phone?: string | null;
                    };
                    /**
                     * @default IN_STORE
                     * @enum {string}
                     */
                    channel?: "IN_STORE" | "PHONE" | "EMAIL" | "WEB" | "LETTER";
                    /** @enum {string} */
                    kind: "ACCESS" | "CORRECTION" | "ANONYMIZATION" | "DELETION";
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            export: {
                                chat: {
                                    channel: string;
                                    messages: {
                                        at: string;
                                        author: string;
                                        direction: string;
                                        text: string;
                                    }[];
                                    orders: {
                                        deliveryAddress: {
                                            [key: string]: unknown;
                                        } | null;
                                        fulfilment: string;
                                        orderId: string;
                                    }[];
                                    profileName: string | null;
                                    startedAt: string;
                                    userId: string;
                                }[];
                                consents: {
                                    granted: boolean;
                                    purpose: string;
                                    recordedAt: string;
                                    recordedBy: string | null;
                                    source: string;
                                    wording: string | null;
                                }[];
                                customer: {
                                    addresses: {
                                        city: string;
                                        complement?: string;
                                        district?: string;
                                        label?: string;
                                        number?: string;
                                        postalCode?: string;
                                        state: string;
                                        street: string;
                                    }[];
                                    anonymizedAt: string | null;
                                    consentAt: string | null;
                                    cpf: string | null;
                                    createdAt: string;
                                    email: string | null;
                                    id: string;
                                    marketingConsent: boolean;
                                    name: string;
                                    phone: string | null;
                                    updatedAt: string;
                                };
                                dataRequests: {
                                    channel: string;
                                    completedAt: string | null;
                                    customerId: string;
                                    dueAt: string;
                                    handledBy: string | null;
                                    handledByName: string | null;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "ACCESS" | "CORRECTION" | "ANONYMIZATION" | "DELETION";
                                    notes: string | null;
                                    requestedAt: string;
                                }[];
                                delivery: {
                                    deliveries: {
                                        createdAt: string;
                                        destination: {
                                            [key: string]: unknown;
                                        };
                                        orderId: string;
                                        status: string;
                                    }[];
                                    savedAddresses: {
                                        address: {
                                            [key: string]: unknown;
                                        };
                                        label: string;
                                        savedAt: string;
                                    }[];
                                };
                                exportedAt: string;
                                history: {
                                    occurredAt: string;
                                    type: string;
                                }[];
                                legalHolds: {
                                    accessKey: string;
                                    heldAt: string;
                                    holdUntil: string;
                                    orderId: string;
                                    reason: string;
                                }[];
                                orders: {
                                    businessDate: string;
                                    channel: string;
                                    createdAt: string;
                                    fiscalDocuments: {
                                        accessKey: string;
                                        issuedAt: string;
                                        number: number;
                                        series: number;
                                        status: string;
                                    }[];
                                    id: string;
                                    items: {
                                        name: string;
                                        quantity: number;
                                        status: string;
                                        totalCents: number;
                                        unit: string;
                                    }[];
                                    number: number;
                                    payments: {
                                        amountCents: number;
                                        capturedAt: string | null;
                                        id: string;
                                        method: string;
                                        provider: string;
                                        refundedCents: number;
                                        status: string;
                                    }[];
                                    status: string;
                                    totalCents: number;
                                }[];
                            };
                            request: {
                                channel: string;
                                completedAt: string | null;
                                customerId: string;
                                dueAt: string;
                                handledBy: string | null;
                                handledByName: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "ACCESS" | "CORRECTION" | "ANONYMIZATION" | "DELETION";
                                notes: string | null;
                                requestedAt: string;
                            };
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID, CUSTOMER_CORRECTION_EMPTY */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description CUSTOMER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postCustomersPiiKeysRotate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            keyId: string;
                            resealed: number;
                            resealedByStore: {
                                [key: string]: number;
                            };
                            retired: string[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getDeliveryAddresses: {
        parameters: {
            query: {
                customerId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            address: {
                                city: string;
                                /** @default null */
                                complement: string | null;
                                district: string;
                                /** @default null */
                                latitude: number | null;
                                /** @default null */
                                longitude: number | null;
                                number: string;
                                postalCode: unknown;
                                /** @default null */
                                reference: string | null;
                                state: string;
                                street: string;
                            };
                            customerId: string;
                            id: string;
                            label: string | null;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postDeliveryAddresses: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address: {
                        city: string;
                        /** @default null */
                        complement?: string | null;
                        district: string;
                        /** @default null */
                        latitude?: number | null;
                        /** @default null */
                        longitude?: number | null;
                        number: string;
                        postalCode: string;
                        /** @default null */
                        reference?: string | null;
                        state: string;
                        street: string;
                    };
                    customerId: string;
                    /** @default null */
                    label?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            address: {
                                city: string;
                                /** @default null */
                                complement: string | null;
                                district: string;
                                /** @default null */
                                latitude: number | null;
                                /** @default null */
                                longitude: number | null;
                                number: string;
                                postalCode: unknown;
                                /** @default null */
                                reference: string | null;
                                state: string;
                                street: string;
                            };
                            customerId: string;
                            id: string;
                            label: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description CUSTOMER_NOT_FOUND, DELIVERY_ADDRESS_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description CUSTOMER_ANONYMIZED */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getDeliveryCouriers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            id: string;
                            name: string;
                            payPerDeliveryCents: number;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postDeliveryCouriers: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    name: string;
                    /** @default 0 */
                    payPerDeliveryCents?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            id: string;
                            name: string;
                            payPerDeliveryCents: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    putDeliveryCouriersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    name: string;
                    /** @default 0 */
                    payPerDeliveryCents?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            id: string;
                            name: string;
                            payPerDeliveryCents: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description DELIVERY_COURIER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getDeliveryDeliveries: {
        parameters: {
            query?: {
                businessDate?: string;
                page?: number;
                size?: number;
                sort?: string;
                status?: "PENDING" | "OUT_FOR_DELIVERY" | "DELIVERED" | "CANCELLED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountDueCents: number;
                            businessDate: string;
                            changeForCents: number | null;
                            courierId: string | null;
                            createdAt: string;
                            deliveredAt: string | null;
                            destination: {
                                city: string;
                                complement: string | null;
                                district: string;
                                latitude: number | null;
                                longitude: number | null;
                                number: string;
                                phone: string;
                                postalCode: string;
                                recipientName: string;
                                reference: string | null;
                                state: string;
                                street: string;
                            };
                            dispatchedAt: string | null;
                            distanceMeters: number | null;
                            estimateMinutes: number;
                            feeCents: number;
                            id: string;
                            orderId: string;
                            orderNumber: number | null;
                            paymentMethod: string;
                            prepaid: boolean;
                            returnedRuns: number;
                            settlementId: string | null;
                            /** @enum {string} */
                            status: "PENDING" | "OUT_FOR_DELIVERY" | "DELIVERED" | "CANCELLED";
                            zoneId: string;
                        }[];
                        error: null;
                        metadata?: components["schemas"]["PageMetadata"];
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getDeliveryDeliveriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountDueCents: number;
                            businessDate: string;
                            changeForCents: number | null;
                            courierId: string | null;
                            createdAt: string;
                            deliveredAt: string | null;
                            destination: {
                                city: string;
                                complement: string | null;
                                district: string;
                                latitude: number | null;
                                longitude: number | null;
                                number: string;
                                phone: string;
                                postalCode: string;
                                recipientName: string;
                                reference: string | null;
                                state: string;
                                street: string;
                            };
                            dispatchedAt: string | null;
                            distanceMeters: number | null;
                            estimateMinutes: number;
                            feeCents: number;
                            id: string;
                            orderId: string;
                            paymentMethod: string;
                            prepaid: boolean;
                            returnedRuns: number;
                            settlementId: string | null;
                            /** @enum {string} */
                            status: "PENDING" | "OUT_FOR_DELIVERY" | "DELIVERED" | "CANCELLED";
                            zoneId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description DELIVERY_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putDeliveryDeliveriesByIdChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    changeForCents: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountDueCents: number;
                            businessDate: string;
                            changeForCents: number | null;
                            courierId: string | null;
                            createdAt: string;
                            deliveredAt: string | null;
                            destination: {
                                city: string;
                                complement: string | null;
                                district: string;
                                latitude: number | null;
                                longitude: number | null;
                                number: string;
                                phone: string;
                                postalCode: string;
                                recipientName: string;
                                reference: string | null;
                                state: string;
                                street: string;
                            };
                            dispatchedAt: string | null;
                            distanceMeters: number | null;
                            estimateMinutes: number;
                            feeCents: number;
                            id: string;
                            orderId: string;
                            paymentMethod: string;
                            prepaid: boolean;
                            returnedRuns: number;
                            settlementId: string | null;
                            /** @enum {string} */
                            status: "PENDING" | "OUT_FOR_DELIVERY" | "DELIVERED" | "CANCELLED";
                            zoneId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, ORDER_NOT_OWNER */
            403: components["responses"]["Error"];
            /** @description DELIVERY_NOT_FOUND, ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, DELIVERY_WRONG_STATUS, DELIVERY_CHANGE_TOO_SMALL, DELIVERY_CHANGE_NOT_CASH */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postDeliveryDeliveriesByIdDelivered: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountDueCents: number;
                            businessDate: string;
                            changeForCents: number | null;
                            courierId: string | null;
                            createdAt: string;
                            deliveredAt: string | null;
                            destination: {
                                city: string;
                                complement: string | null;
                                district: string;
                                latitude: number | null;
                                longitude: number | null;
                                number: string;
                                phone: string;
                                postalCode: string;
                                recipientName: string;
                                reference: string | null;
                                state: string;
                                street: string;
                            };
                            dispatchedAt: string | null;
                            distanceMeters: number | null;
                            estimateMinutes: number;
                            feeCents: number;
                            id: string;
                            orderId: string;
                            paymentMethod: string;
                            prepaid: boolean;
                            returnedRuns: number;
                            settlementId: string | null;
                            /** @enum {string} */
                            status: "PENDING" | "OUT_FOR_DELIVERY" | "DELIVERED" | "CANCELLED";
                            zoneId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, DELIVERY_DISPATCHER_ONLY */
            403: components["responses"]["Error"];
            /** @description DELIVERY_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description DELIVERY_WRONG_STATUS */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postDeliveryDeliveriesByIdDispatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    changeForCents?: number | null;
                    courierId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountDueCents: number;
                            businessDate: string;
                            changeForCents: number | null;
                            courierId: string | null;
                            createdAt: string;
                            deliveredAt: string | null;
                            destination: {
                                city: string;
                                complement: string | null;
                                district: string;
                                latitude: number | null;
                                longitude: number | null;
                                number: string;
                                phone: string;
                                postalCode: string;
                                recipientName: string;
                                reference: string | null;
                                state: string;
                                street: string;
                            };
                            dispatchedAt: string | null;
                            distanceMeters: number | null;
                            estimateMinutes: number;
                            feeCents: number;
                            id: string;
                            orderId: string;
                            paymentMethod: string;
                            prepaid: boolean;
                            returnedRuns: number;
                            settlementId: string | null;
                            /** @enum {string} */
                            status: "PENDING" | "OUT_FOR_DELIVERY" | "DELIVERED" | "CANCELLED";
                            zoneId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, DELIVERY_DISPATCHER_ONLY */
            403: components["responses"]["Error"];
            /** @description DELIVERY_NOT_FOUND, DELIVERY_COURIER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, DELIVERY_WRONG_STATUS, DELIVERY_ORDER_NOT_DELIVERABLE, DELIVERY_PREPAID_NOT_PAID, DELIVERY_CHANGE_OUTGROWN, DELIVERY_CHANGE_TOO_SMALL, DELIVERY_CHANGE_NOT_CASH */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postDeliveryDeliveriesByIdReturned: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountDueCents: number;
                            businessDate: string;
                            changeForCents: number | null;
                            courierId: string | null;
                            createdAt: string;
                            deliveredAt: string | null;
                            destination: {
                                city: string;
                                complement: string | null;
                                district: string;
                                latitude: number | null;
                                longitude: number | null;
                                number: string;
                                phone: string;
                                postalCode: string;
                                recipientName: string;
                                reference: string | null;
                                state: string;
                                street: string;
                            };
                            dispatchedAt: string | null;
                            distanceMeters: number | null;
                            estimateMinutes: number;
                            feeCents: number;
                            id: string;
                            orderId: string;
                            paymentMethod: string;
                            prepaid: boolean;
                            returnedRuns: number;
                            settlementId: string | null;
                            /** @enum {string} */
                            status: "PENDING" | "OUT_FOR_DELIVERY" | "DELIVERED" | "CANCELLED";
                            zoneId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, DELIVERY_DISPATCHER_ONLY */
            403: components["responses"]["Error"];
            /** @description DELIVERY_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, DELIVERY_WRONG_STATUS */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getDeliveryOrdersByOrderId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountDueCents: number;
                            businessDate: string;
                            changeForCents: number | null;
                            courierId: string | null;
                            createdAt: string;
                            deliveredAt: string | null;
                            destination: {
                                city: string;
                                complement: string | null;
                                district: string;
                                latitude: number | null;
                                longitude: number | null;
                                number: string;
                                phone: string;
                                postalCode: string;
                                recipientName: string;
                                reference: string | null;
                                state: string;
                                street: string;
                            };
                            dispatchedAt: string | null;
                            distanceMeters: number | null;
                            estimateMinutes: number;
                            feeCents: number;
                            id: string;
                            orderId: string;
                            paymentMethod: string;
                            prepaid: boolean;
                            returnedRuns: number;
                            settlementId: string | null;
                            /** @enum {string} */
                            status: "PENDING" | "OUT_FOR_DELIVERY" | "DELIVERED" | "CANCELLED";
                            zoneId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description DELIVERY_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postDeliveryOrdersByOrderId: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    destination: {
                        city: string;
                        /** @default null */
                        complement?: string | null;
                        district: string;
                        /** @default null */
                        latitude?: number | null;
                        /** @default null */
                        longitude?: number | null;
                        number: string;
                        phone: string;
                        postalCode: string;
                        recipientName: string;
                        /** @default null */
                        reference?: string | null;
                        state: string;
                        street: string;
                    };
                    payment: {
                        /** @default null */
                        changeForCents?: number | null;
                        /** @enum {string} */
                        method: "CASH" | "CREDIT" | "DEBIT" | "VOUCHER" | "PIX";
                        prepaid: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountDueCents: number;
                            businessDate: string;
                            changeForCents: number | null;
                            courierId: string | null;
                            createdAt: string;
                            deliveredAt: string | null;
                            destination: {
                                city: string;
                                complement: string | null;
                                district: string;
                                latitude: number | null;
                                longitude: number | null;
                                number: string;
                                phone: string;
                                postalCode: string;
                                recipientName: string;
                                reference: string | null;
                                state: string;
                                street: string;
                            };
                            dispatchedAt: string | null;
                            distanceMeters: number | null;
                            estimateMinutes: number;
                            feeCents: number;
                            id: string;
                            orderId: string;
                            paymentMethod: string;
                            prepaid: boolean;
                            returnedRuns: number;
                            settlementId: string | null;
                            /** @enum {string} */
                            status: "PENDING" | "OUT_FOR_DELIVERY" | "DELIVERED" | "CANCELLED";
                            zoneId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, ORDER_NOT_OWNER */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description CUSTOMER_ANONYMIZED */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, DELIVERY_OUT_OF_AREA, DELIVERY_BELOW_MINIMUM, DELIVERY_ALREADY_EXISTS, DELIVERY_ORDER_NOT_DELIVERABLE, DELIVERY_CHANGE_TOO_SMALL, DELIVERY_CHANGE_NOT_CASH, DELIVERY_NOT_PREPAID */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postDeliveryQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    city: string;
                    /** @default null */
                    complement?: string | null;
                    district: string;
                    /** @default null */
                    latitude?: number | null;
                    /** @default null */
                    longitude?: number | null;
                    number: string;
                    postalCode: string;
                    /** @default null */
                    reference?: string | null;
                    state: string;
                    street: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            distanceMeters: number | null;
                            zone: {
                                active: boolean;
                                districts: string[];
                                estimateMinutes: number;
                                feeCents: number;
                                id: string;
                                /** @enum {string} */
                                kind: "RADIUS" | "DISTRICT" | "POSTAL_CODE";
                                maxDistanceMeters: number | null;
                                minimumOrderCents: number;
                                name: string;
                                postalPrefixes: string[];
                            };
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, DELIVERY_OUT_OF_AREA */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getDeliverySettlements: {
        parameters: {
            query: {
                businessDate: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            businessDate: string;
                            cashAtTillCents: number;
                            cashCollectedCents: number;
                            cashDueCents: number;
                            courierId: string;
                            courierPayCents: number;
                            deliveryCount: number;
                            id: string;
                            otherCollectedCents: number;
                            returnedCount: number;
                            settledAt: string;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getDeliveryStoreLocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putDeliveryStoreLocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    latitude: number;
                    longitude: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            latitude: number;
                            longitude: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getDeliveryZones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            districts: string[];
                            estimateMinutes: number;
                            feeCents: number;
                            id: string;
                            /** @enum {string} */
                            kind: "RADIUS" | "DISTRICT" | "POSTAL_CODE";
                            maxDistanceMeters: number | null;
                            minimumOrderCents: number;
                            name: string;
                            postalPrefixes: string[];
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postDeliveryZones: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    /** @default [] */
                    districts?: string[];
                    estimateMinutes: number;
                    feeCents: number;
                    /** @enum {string} */
                    kind: "RADIUS" | "DISTRICT" | "POSTAL_CODE";
                    /** @default null */
                    maxDistanceMeters?: number | null;
                    /** @default 0 */
                    minimumOrderCents?: number;
                    name: string;
                    /** @default [] */
                    postalPrefixes?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            districts: string[];
                            estimateMinutes: number;
                            feeCents: number;
                            id: string;
                            /** @enum {string} */
                            kind: "RADIUS" | "DISTRICT" | "POSTAL_CODE";
                            maxDistanceMeters: number | null;
                            minimumOrderCents: number;
                            name: string;
                            postalPrefixes: string[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, DELIVERY_ZONE_INVALID, DELIVERY_STORE_LOCATION_MISSING */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    putDeliveryZonesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    /** @default [] */
                    districts?: string[];
                    estimateMinutes: number;
                    feeCents: number;
                    /** @enum {string} */
                    kind: "RADIUS" | "DISTRICT" | "POSTAL_CODE";
                    /** @default null */
                    maxDistanceMeters?: number | null;
                    /** @default 0 */
                    minimumOrderCents?: number;
                    name: string;
                    /** @default [] */
                    postalPrefixes?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            districts: string[];
                            estimateMinutes: number;
                            feeCents: number;
                            id: string;
                            /** @enum {string} */
                            kind: "RADIUS" | "DISTRICT" | "POSTAL_CODE";
                            maxDistanceMeters: number | null;
                            minimumOrderCents: number;
                            name: string;
                            postalPrefixes: string[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description DELIVERY_ZONE_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, DELIVERY_ZONE_INVALID, DELIVERY_STORE_LOCATION_MISSING */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getDevices: {
        parameters: {
            query?: {
                kind?: "POS" | "KDS" | "WAITER_TABLET" | "KIOSK" | "CUSTOMER_DISPLAY";
                page?: number;
                size?: number;
                sort?: string;
                status?: "PENDING" | "ACTIVE" | "REVOKED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            kind: string;
                            name: string;
                            pairedAt: string | null;
                            pairingExpiresAt: string | null;
                            revokedAt: string | null;
                            stations: string[];
                            /** @enum {string} */
                            status: "PENDING" | "ACTIVE" | "REVOKED";
                        }[];
                        error: null;
                        metadata?: components["schemas"]["PageMetadata"];
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postDevices: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "POS" | "KDS" | "WAITER_TABLET" | "KIOSK" | "CUSTOMER_DISPLAY";
                    name: string;
                    stations?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            device: {
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                id: string;
                                kind: string;
                                name: string;
                                pairedAt: string | null;
                                pairingExpiresAt: string | null;
                                revokedAt: string | null;
                                stations: string[];
                                /** @enum {string} */
                                status: "PENDING" | "ACTIVE" | "REVOKED";
                            };
                            pairingCode: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, KDS_STATIONS_REQUIRED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getDevicesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            kind: string;
                            name: string;
                            pairedAt: string | null;
                            pairingExpiresAt: string | null;
                            revokedAt: string | null;
                            stations: string[];
                            /** @enum {string} */
                            status: "PENDING" | "ACTIVE" | "REVOKED";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description DEVICE_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postDevicesByIdPairingCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            device: {
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                id: string;
                                kind: string;
                                name: string;
                                pairedAt: string | null;
                                pairingExpiresAt: string | null;
                                revokedAt: string | null;
                                stations: string[];
                                /** @enum {string} */
                                status: "PENDING" | "ACTIVE" | "REVOKED";
                            };
                            pairingCode: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description DEVICE_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description DEVICE_REVOKED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postDevicesByIdRevoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            kind: string;
                            name: string;
                            pairedAt: string | null;
                            pairingExpiresAt: string | null;
                            revokedAt: string | null;
                            stations: string[];
                            /** @enum {string} */
                            status: "PENDING" | "ACTIVE" | "REVOKED";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description DEVICE_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description DEVICE_REVOKED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getDevicesByIdWeight: {
        parameters: {
            query?: {
                maxWaitMs?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            grams: number;
                            /** @constant */
                            state: "stable";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description SCALE_WEIGHT_UNSTABLE, SCALE_WEIGHT_NEGATIVE, SCALE_WEIGHT_OVERLOAD, HARDWARE_NOT_A_SCALE */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SCALE_TIMEOUT, SCALE_UNAVAILABLE, SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postDevicesPair: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            device: {
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                id: string;
                                kind: string;
                                name: string;
                                pairedAt: string | null;
                                pairingExpiresAt: string | null;
                                revokedAt: string | null;
                                stations: string[];
                                /** @enum {string} */
                                status: "PENDING" | "ACTIVE" | "REVOKED";
                            };
                            deviceToken: string;
                            mqttUsername: string;
                            storeId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description PAIRING_CODE_INVALID */
            401: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getFiscalBacklog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            entries: {
                                attempts: number;
                                businessDate: string;
                                /** @enum {string} */
                                deferredReason: "EMISSION_OFF" | "BEHIND_BACKLOG" | "EMISSION_FAILED" | "FISCAL_DATA_REFUSED";
                                documentId: string | null;
                                lastAttemptAt: string | null;
                                lastErrorCode: string | null;
                                orderId: string;
                                position: number;
                                resolvedAt: string | null;
                                resolvedBy: string | null;
                                settledAt: string;
                                /** @enum {string} */
                                status: "PENDING" | "DOCUMENTED" | "NOTHING_TO_DOCUMENT" | "WAIVED";
                                totalCents: number;
                                waiverReason: string | null;
                            }[];
                            oldestOrderId: string | null;
                            oldestSettledAt: string | null;
                            pending: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postFiscalBacklogByOrderIdWaive: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attempts: number;
                            businessDate: string;
                            /** @enum {string} */
                            deferredReason: "EMISSION_OFF" | "BEHIND_BACKLOG" | "EMISSION_FAILED" | "FISCAL_DATA_REFUSED";
                            documentId: string | null;
                            lastAttemptAt: string | null;
                            lastErrorCode: string | null;
                            orderId: string;
                            position: number;
                            resolvedAt: string | null;
                            resolvedBy: string | null;
                            settledAt: string;
                            /** @enum {string} */
                            status: "PENDING" | "DOCUMENTED" | "NOTHING_TO_DOCUMENT" | "WAIVED";
                            totalCents: number;
                            waiverReason: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getFiscalDocuments: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                orderId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            accessKey: string;
                            authorizedAt: string | null;
                            cancelledAt: string | null;
                            contingency: boolean;
                            contingencyDeadline: string | null;
                            cStat: number | null;
                            id: string;
                            issuedAt: string;
                            model: 65 | 55 | 59;
                            number: number;
                            orderId: string;
                            protocol: string | null;
                            qrCode: string;
                            series: number;
                            /** @enum {string} */
                            status: "PENDING" | "CONTINGENCY" | "AUTHORIZED" | "REJECTED" | "DENIED" | "CANCELLED" | "VOIDED";
                            totalCents: number;
                            urlChave: string;
                            xMotivo: string | null;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getFiscalDocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            accessKey: string;
                            authorizedAt: string | null;
                            cancelledAt: string | null;
                            contingency: boolean;
                            contingencyDeadline: string | null;
                            cStat: number | null;
                            id: string;
                            issuedAt: string;
                            model: 65 | 55 | 59;
                            number: number;
                            orderId: string;
                            protocol: string | null;
                            qrCode: string;
                            series: number;
                            /** @enum {string} */
                            status: "PENDING" | "CONTINGENCY" | "AUTHORIZED" | "REJECTED" | "DENIED" | "CANCELLED" | "VOIDED";
                            totalCents: number;
                            urlChave: string;
                            xMotivo: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description FISCAL_DOCUMENT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postFiscalDocumentsByIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    justification: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            accessKey: string;
                            authorizedAt: string | null;
                            cancelledAt: string | null;
                            contingency: boolean;
                            contingencyDeadline: string | null;
                            cStat: number | null;
                            id: string;
                            issuedAt: string;
                            model: 65 | 55 | 59;
                            number: number;
                            orderId: string;
                            protocol: string | null;
                            qrCode: string;
                            series: number;
                            /** @enum {string} */
                            status: "PENDING" | "CONTINGENCY" | "AUTHORIZED" | "REJECTED" | "DENIED" | "CANCELLED" | "VOIDED";
                            totalCents: number;
                            urlChave: string;
                            xMotivo: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description FISCAL_DOCUMENT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getFiscalDocumentsByIdDanfe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            blocks: ({
                                /** @enum {string} */
                                align: "left" | "center" | "right";
                                bold: boolean;
                                /** @constant */
                                kind: "text";
                                text: string;
                            } | {
                                data: string;
                                /** @constant */
                                kind: "qr";
                            })[];
                            columns: number;
                            lines: string[];
                            qrCode: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description FISCAL_DOCUMENT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description FISCAL_DOCUMENT_LEGAL_HOLD */
            423: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getFiscalDocumentsByIdDanfePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description FISCAL_DOCUMENT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postFiscalDocumentsByIdInutilize: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    justification: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            accessKey: string;
                            authorizedAt: string | null;
                            cancelledAt: string | null;
                            contingency: boolean;
                            contingencyDeadline: string | null;
                            cStat: number | null;
                            id: string;
                            issuedAt: string;
                            model: 65 | 55 | 59;
                            number: number;
                            orderId: string;
                            protocol: string | null;
                            qrCode: string;
                            series: number;
                            /** @enum {string} */
                            status: "PENDING" | "CONTINGENCY" | "AUTHORIZED" | "REJECTED" | "DENIED" | "CANCELLED" | "VOIDED";
                            totalCents: number;
                            urlChave: string;
                            xMotivo: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description FISCAL_DOCUMENT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getFiscalDocumentsByIdXml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description FISCAL_DOCUMENT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description FISCAL_DOCUMENT_LEGAL_HOLD */
            423: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getFiscalExportsByMonth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description VALIDATION_FAILED, FISCAL_EXPORT_MONTH_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getFiscalSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            address: {
                                cep: string;
                                cityCode: string;
                                cityName: string;
                                district: string;
                                number: string;
                                street: string;
                                uf: string;
                            } | null;
                            certificate: {
                                daysLeft: number;
                                expiringSoon: boolean;
                                notAfter: string;
                                subject: string;
                            } | null;
                            cnpj: string | null;
                            configured: boolean;
                            crt: number | null;
                            cscId: string | null;
                            environment: ("production" | "homologation" | "simulator") | null;
                            ie: string | null;
                            legalName: string | null;
                            series: number | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putFiscalSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address: {
                        cep: string;
                        cityCode: string;
                        cityName: string;
                        complement?: string;
                        district: string;
                        number: string;
                        phone?: string;
                        street: string;
                        uf: string;
                    };
                    certificate: {
                        password: string;
                        pfxBase64: string;
                    };
                    cnpj: string;
                    crt: 1 | 2 | 3 | 4;
                    cscId: string;
                    cscToken: string;
                    /** @enum {string} */
                    environment: "production" | "homologation" | "simulator";
                    ie: string;
                    legalName: string;
                    /** @default 1 */
                    nextNumber?: number;
                    series: number;
                    tradeName?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            address: {
                                cep: string;
                                cityCode: string;
                                cityName: string;
                                district: string;
                                number: string;
                                street: string;
                                uf: string;
                            } | null;
                            certificate: {
                                daysLeft: number;
                                expiringSoon: boolean;
                                notAfter: string;
                                subject: string;
                            } | null;
                            cnpj: string | null;
                            configured: boolean;
                            crt: number | null;
                            cscId: string | null;
                            environment: ("production" | "homologation" | "simulator") | null;
                            ie: string | null;
                            legalName: string | null;
                            series: number | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, CERTIFICATE_PASSWORD_INVALID, CERTIFICATE_UNREADABLE, CERTIFICATE_EXPIRED, FISCAL_CERTIFICATE_CNPJ_MISMATCH, FISCAL_SAT_CNPJ_ALPHANUMERIC */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getFiscalStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            documents: {
                                [key: string]: number;
                            };
                            /** @enum {string} */
                            environment: "production" | "homologation";
                            inContingency: boolean;
                            series: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postFiscalTestEmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            accessKey: string;
                            cStat: number | null;
                            id: string;
                            model: number;
                            number: number;
                            protocol: string | null;
                            series: number;
                            status: string;
                            xMotivo: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description FISCAL_TEST_EMISSION_PRODUCTION */
            409: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description FISCAL_NOT_CONFIGURED, SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postFiscalTransmit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attempted: number;
                            authorized: number;
                            refused: number;
                            sefazAvailable: boolean;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getHardware: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "scale" | "scanner" | "customer-display" | "tef";
                            name: string;
                            profileId: string;
                            transport: {
                                path: string;
                                /** @constant */
                                type: "serial";
                            } | {
                                reqDir: string;
                                respDir: string;
                                /** @constant */
                                type: "tef-dial";
                            } | {
                                library: string;
                                server: string;
                                storeCode: string;
                                terminalId: string;
                                /** @constant */
                                type: "sitef";
                            } | {
                                grams?: number;
                                /** @constant */
                                type: "virtual";
                            };
                            updatedAt: string;
                            virtual: boolean;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postHardware: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    /** @enum {string} */
                    kind: "scale" | "scanner" | "customer-display" | "tef";
                    name: string;
                    profileId: string;
                    transport: {
                        path: string;
                        /** @constant */
                        type: "serial";
                    } | {
                        reqDir: string;
                        respDir: string;
                        /** @constant */
                        type: "tef-dial";
                    } | {
                        library: string;
                        server: string;
                        storeCode: string;
                        terminalId: string;
                        /** @constant */
                        type: "sitef";
                    } | {
                        grams?: number;
                        /** @constant */
                        type: "virtual";
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "scale" | "scanner" | "customer-display" | "tef";
                            name: string;
                            profileId: string;
                            transport: {
                                path: string;
                                /** @constant */
                                type: "serial";
                            } | {
                                reqDir: string;
                                respDir: string;
                                /** @constant */
                                type: "tef-dial";
                            } | {
                                library: string;
                                server: string;
                                storeCode: string;
                                terminalId: string;
                                /** @constant */
                                type: "sitef";
                            } | {
                                grams?: number;
                                /** @constant */
                                type: "virtual";
                            };
                            updatedAt: string;
                            virtual: boolean;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getHardwareById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "scale" | "scanner" | "customer-display" | "tef";
                            name: string;
                            online: boolean;
                            problem: string | null;
                            profileId: string;
                            transport: {
                                path: string;
                                /** @constant */
                                type: "serial";
                            } | {
                                reqDir: string;
                                respDir: string;
                                /** @constant */
                                type: "tef-dial";
                            } | {
                                library: string;
                                server: string;
                                storeCode: string;
                                terminalId: string;
                                /** @constant */
                                type: "sitef";
                            } | {
                                grams?: number;
                                /** @constant */
                                type: "virtual";
                            };
                            updatedAt: string;
                            virtual: boolean;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description HARDWARE_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    deleteHardwareById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "scale" | "scanner" | "customer-display" | "tef";
                            name: string;
                            profileId: string;
                            transport: {
                                path: string;
                                /** @constant */
                                type: "serial";
                            } | {
                                reqDir: string;
                                respDir: string;
                                /** @constant */
                                type: "tef-dial";
                            } | {
                                library: string;
                                server: string;
                                storeCode: string;
                                terminalId: string;
                                /** @constant */
                                type: "sitef";
                            } | {
                                grams?: number;
                                /** @constant */
                                type: "virtual";
                            };
                            updatedAt: string;
                            virtual: boolean;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description HARDWARE_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getHardwareByIdVirtualDisplay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            lines: string[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description HARDWARE_NOT_VIRTUAL */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postHardwareByIdVirtualScan: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            code: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, HARDWARE_NOT_VIRTUAL */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postHardwareByIdVirtualWeight: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    grams?: number;
                    /** @enum {string} */
                    state: "stable" | "unstable" | "negative" | "overload";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            grams?: number;
                            /** @enum {string} */
                            state: "stable" | "unstable" | "negative" | "overload";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, HARDWARE_NOT_VIRTUAL */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getHardwareSerialPorts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            path: string;
                            productId: number | null;
                            profileIds: string[];
                            stablePath: string | null;
                            vendorId: number | null;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getHardwareUsb: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            error?: string;
                            matches: {
                                device: {
                                    address?: number;
                                    bus?: string;
                                    manufacturerName?: string | null;
                                    productId: number;
                                    productName?: string | null;
                                    serialNumber?: string | null;
                                    vendorId: number;
                                };
                                kind: string;
                                profileId: string;
                            }[];
                            unmatched: {
                                address?: number;
                                bus?: string;
                                manufacturerName?: string | null;
                                productId: number;
                                productName?: string | null;
                                serialNumber?: string | null;
                                vendorId: number;
                            }[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getIntegrationsApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            keyPrefix: string;
                            lastUsedAt: string | null;
                            name: string;
                            rateLimitPerMinute: number;
                            revokedAt: string | null;
                            scopes: ("catalog.read" | "orders.read" | "orders.create" | "business_day.read" | "reports.read" | "stock.read" | "fiscal.read" | "fiscal.export")[];
                            /** @enum {string} */
                            status: "ACTIVE" | "REVOKED";
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postIntegrationsApiKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default 60 */
                    rateLimitPerMinute?: number;
                    scopes: ("catalog.read" | "orders.read" | "orders.create" | "business_day.read" | "reports.read" | "stock.read" | "fiscal.read" | "fiscal.export")[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            apiKey: {
                                createdAt: string;
                                createdBy: string | null;
                                id: string;
                                keyPrefix: string;
                                lastUsedAt: string | null;
                                name: string;
                                rateLimitPerMinute: number;
                                revokedAt: string | null;
                                scopes: ("catalog.read" | "orders.read" | "orders.create" | "business_day.read" | "reports.read" | "stock.read" | "fiscal.read" | "fiscal.export")[];
                                /** @enum {string} */
                                status: "ACTIVE" | "REVOKED";
                            };
                            key: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getIntegrationsApiKeysByIdCalls: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            address: string | null;
                            method: string;
                            occurredAt: string;
                            path: string;
                            requestId: string | null;
                            status: number;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postIntegrationsApiKeysByIdRevoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createdAt: string;
                            createdBy: string | null;
                            id: string;
                            keyPrefix: string;
                            lastUsedAt: string | null;
                            name: string;
                            rateLimitPerMinute: number;
                            revokedAt: string | null;
                            scopes: ("catalog.read" | "orders.read" | "orders.create" | "business_day.read" | "reports.read" | "stock.read" | "fiscal.read" | "fiscal.export")[];
                            /** @enum {string} */
                            status: "ACTIVE" | "REVOKED";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_REVOKED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getJournal: {
        parameters: {
            query?: {
                afterSeq?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            actor: {
                                id: string;
                                /** @enum {string} */
                                type: "user" | "device" | "system" | "integration";
                            } | null;
                            aggregateId: string;
                            aggregateType: string;
                            correlationId: string | null;
                            id: string;
                            occurredAt: string;
                            payload: {
                                [key: string]: unknown;
                            };
                            seq: number;
                            type: string;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getKdsByStationAllday: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                station: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            items: {
                                name: string;
                                quantity: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                            }[];
                            openTickets: number;
                            station: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postKdsByStationCommands: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                station: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "start" | "bump" | "recall" | "void";
                    itemId?: string;
                    ticketId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            changed: boolean;
                            orderFullyBumped: boolean;
                            orderId: string;
                            orderStarted: boolean;
                            ticket: {
                                channel: string;
                                dueAt: string;
                                fireAt: string;
                                groupId: string;
                                items: {
                                    dueAt: string;
                                    fireAt: string;
                                    itemId: string;
                                    modifiers: string[];
                                    name: string;
                                    notes: string | null;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string;
                                    /** @enum {string} */
                                    status: "PENDING" | "IN_PROGRESS" | "DONE" | "VOIDED";
                                    /** @enum {string} */
                                    unit: "UNIT" | "GRAM";
                                }[];
                                /** @enum {string} */
                                kind: "STATION" | "EXPO";
                                orderId: string;
                                orderNumber: number;
                                station: string;
                                /** @enum {string} */
                                status: "OPEN" | "IN_PROGRESS" | "BUMPED" | "VOIDED";
                                table: string | null;
                                ticketId: string;
                                timers: {
                                    bumpedAt: string | null;
                                    createdAt: string;
                                    lateAfterSeconds: number;
                                    startedAt: string | null;
                                    voidedAt: string | null;
                                    warnAfterSeconds: number;
                                };
                                version: number;
                            };
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, KITCHEN_VOID_MANAGER_ONLY */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getKdsByStationRecent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                station: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            station: string;
                            tickets: {
                                /** Format: date-time */
                                bumpedAt: string;
                                channel: string;
                                items: string[];
                                orderNumber: number;
                                table: string | null;
                                ticketId: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getKdsByStationTickets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                station: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            channel: string;
                            dueAt: string;
                            fireAt: string;
                            groupId: string;
                            items: {
                                dueAt: string;
                                fireAt: string;
                                itemId: string;
                                modifiers: string[];
                                name: string;
                                notes: string | null;
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                station: string;
                                /** @enum {string} */
                                status: "PENDING" | "IN_PROGRESS" | "DONE" | "VOIDED";
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                            }[];
                            /** @enum {string} */
                            kind: "STATION" | "EXPO";
                            orderId: string;
                            orderNumber: number;
                            station: string;
                            /** @enum {string} */
                            status: "OPEN" | "IN_PROGRESS" | "BUMPED" | "VOIDED";
                            table: string | null;
                            ticketId: string;
                            timers: {
                                bumpedAt: string | null;
                                createdAt: string;
                                lateAfterSeconds: number;
                                startedAt: string | null;
                                voidedAt: string | null;
                                warnAfterSeconds: number;
                            };
                            version: number;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, KDS_STATION_FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postKdsByStationTicketsByTicketIdPrint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                station: string;
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            jobId: string;
                            kind: string;
                            printerId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, KDS_STATION_FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description KITCHEN_STATION_NOT_FOUND, KITCHEN_TICKET_NOT_FOUND, PRINTER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description KITCHEN_TICKET_VOIDED */
            409: components["responses"]["Error"];
            /** @description PRINT_KITCHEN_PRINTER_MISSING */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getKdsStations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            capacity: number;
                            categories: string[];
                            code: string;
                            hasScreen: boolean;
                            isDefault: boolean;
                            isExpo: boolean;
                            lateAfterSeconds: number;
                            name: string;
                            sortOrder: number;
                            warnAfterSeconds: number;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putKdsStationsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    capacity: number;
                    /** @default [] */
                    categories?: string[];
                    /** @default true */
                    hasScreen?: boolean;
                    /** @default false */
                    isDefault?: boolean;
                    /** @default false */
                    isExpo?: boolean;
                    /** @default 480 */
                    lateAfterSeconds?: number;
                    name: string;
                    /** @default 0 */
                    sortOrder?: number;
                    /** @default 300 */
                    warnAfterSeconds?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            capacity: number;
                            categories: string[];
                            code: string;
                            hasScreen: boolean;
                            isDefault: boolean;
                            isExpo: boolean;
                            lateAfterSeconds: number;
                            name: string;
                            sortOrder: number;
                            warnAfterSeconds: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getLogsStream: {
        parameters: {
            query?: {
                level?: "trace" | "debug" | "info" | "warn" | "error" | "fatal";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putMarketplaceMappings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    externalCode: string;
                    /** @enum {string} */
                    platform: "IFOOD" | "OPEN_DELIVERY" | "RAPPI" | "UBER_EATS";
                    productId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            externalCode: string;
                            /** @enum {string} */
                            platform: "IFOOD" | "OPEN_DELIVERY" | "RAPPI" | "UBER_EATS";
                            productId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, MARKETPLACE_PRODUCT_NOT_FOUND, MARKETPLACE_PRODUCT_SOLD_BY_WEIGHT */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getMarketplaceOrders: {
        parameters: {
            query?: {
                attention?: "true";
                page?: number;
                size?: number;
                sort?: string;
                status?: "RECEIVED" | "ACCEPTED" | "CANCELLED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attention: ("UNMAPPED_ITEMS" | "BUSINESS_DAY_CLOSED") | null;
                            cancelCode: string | null;
                            confirmDeadline: string | null;
                            customerName: string | null;
                            customerPhone: string | null;
                            deliveryAddress: {
                                [key: string]: string | null;
                            } | null;
                            deliveryFeeCents: number;
                            discounts: {
                                amountCents: number;
                                sponsor: string;
                            }[];
                            displayId: string;
                            id: string;
                            lines: {
                                externalCode: string | null;
                                name: string;
                                notes: string | null;
                                options: {
                                    externalCode: string | null;
                                    name: string;
                                    priceCents: number;
                                    quantity: number;
                                }[];
                                position: number;
                                productId: string | null;
                                quantity: number;
                                totalCents: number;
                                unitPriceCents: number;
                            }[];
                            notes: string | null;
                            orderId: string | null;
                            payment: {
                                changeForCents: number | null;
                                method: string;
                                pendingCents: number;
                                prepaid: boolean;
                            };
                            placedAt: string;
                            /** @enum {string} */
                            platform: "IFOOD" | "OPEN_DELIVERY" | "RAPPI" | "UBER_EATS";
                            platformOrderId: string;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "RECEIVED" | "ACCEPTED" | "CANCELLED";
                            subtotalCents: number;
                            totalCents: number;
                        }[];
                        error: null;
                        metadata?: components["schemas"]["PageMetadata"];
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getMarketplaceOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attention: ("UNMAPPED_ITEMS" | "BUSINESS_DAY_CLOSED") | null;
                            cancelCode: string | null;
                            confirmDeadline: string | null;
                            customerName: string | null;
                            customerPhone: string | null;
                            deliveryAddress: {
                                [key: string]: string | null;
                            } | null;
                            deliveryFeeCents: number;
                            discounts: {
                                amountCents: number;
                                sponsor: string;
                            }[];
                            displayId: string;
                            id: string;
                            lines: {
                                externalCode: string | null;
                                name: string;
                                notes: string | null;
                                options: {
                                    externalCode: string | null;
                                    name: string;
                                    priceCents: number;
                                    quantity: number;
                                }[];
                                position: number;
                                productId: string | null;
                                quantity: number;
                                totalCents: number;
                                unitPriceCents: number;
                            }[];
                            notes: string | null;
                            orderId: string | null;
                            payment: {
                                changeForCents: number | null;
                                method: string;
                                pendingCents: number;
                                prepaid: boolean;
                            };
                            placedAt: string;
                            /** @enum {string} */
                            platform: "IFOOD" | "OPEN_DELIVERY" | "RAPPI" | "UBER_EATS";
                            platformOrderId: string;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "RECEIVED" | "ACCEPTED" | "CANCELLED";
                            subtotalCents: number;
                            totalCents: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description MARKETPLACE_ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postMarketplaceOrdersByIdAccept: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attention: ("UNMAPPED_ITEMS" | "BUSINESS_DAY_CLOSED") | null;
                            cancelCode: string | null;
                            confirmDeadline: string | null;
                            customerName: string | null;
                            customerPhone: string | null;
                            deliveryAddress: {
                                [key: string]: string | null;
                            } | null;
                            deliveryFeeCents: number;
                            discounts: {
                                amountCents: number;
                                sponsor: string;
                            }[];
                            displayId: string;
                            id: string;
                            lines: {
                                externalCode: string | null;
                                name: string;
                                notes: string | null;
                                options: {
                                    externalCode: string | null;
                                    name: string;
                                    priceCents: number;
                                    quantity: number;
                                }[];
                                position: number;
                                productId: string | null;
                                quantity: number;
                                totalCents: number;
                                unitPriceCents: number;
                            }[];
                            notes: string | null;
                            orderId: string | null;
                            payment: {
                                changeForCents: number | null;
                                method: string;
                                pendingCents: number;
                                prepaid: boolean;
                            };
                            placedAt: string;
                            /** @enum {string} */
                            platform: "IFOOD" | "OPEN_DELIVERY" | "RAPPI" | "UBER_EATS";
                            platformOrderId: string;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "RECEIVED" | "ACCEPTED" | "CANCELLED";
                            subtotalCents: number;
                            totalCents: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description MARKETPLACE_ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description MARKETPLACE_ITEMS_UNMAPPED, BUSINESS_DAY_NOT_OPEN, MARKETPLACE_ORDER_NOT_PENDING, MARKETPLACE_ORDER_EXPIRED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getMarketplaceSettingsAutoAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            IFOOD: boolean;
                            OPEN_DELIVERY: boolean;
                            RAPPI: boolean;
                            UBER_EATS: boolean;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putMarketplaceSettingsAutoAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    IFOOD?: boolean;
                    OPEN_DELIVERY?: boolean;
                    RAPPI?: boolean;
                    UBER_EATS?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            IFOOD: boolean;
                            OPEN_DELIVERY: boolean;
                            RAPPI: boolean;
                            UBER_EATS: boolean;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getOrderSettingsHandOver: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            COUNTER: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            DELIVERY: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            INSTAGRAM: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            KIOSK: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            MARKETPLACE: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            MESSENGER: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            TABLE: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            TAKEOUT: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            WHATSAPP: "ON_PAYMENT" | "EXPLICIT";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putOrderSettingsHandOver: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    COUNTER?: "ON_PAYMENT" | "EXPLICIT";
                    /** @enum {string} */
                    DELIVERY?: "ON_PAYMENT" | "EXPLICIT";
                    /** @enum {string} */
                    INSTAGRAM?: "ON_PAYMENT" | "EXPLICIT";
                    /** @enum {string} */
                    KIOSK?: "ON_PAYMENT" | "EXPLICIT";
                    /** @enum {string} */
                    MARKETPLACE?: "ON_PAYMENT" | "EXPLICIT";
                    /** @enum {string} */
                    MESSENGER?: "ON_PAYMENT" | "EXPLICIT";
                    /** @enum {string} */
                    TABLE?: "ON_PAYMENT" | "EXPLICIT";
                    /** @enum {string} */
                    TAKEOUT?: "ON_PAYMENT" | "EXPLICIT";
                    /** @enum {string} */
                    WHATSAPP?: "ON_PAYMENT" | "EXPLICIT";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            COUNTER: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            DELIVERY: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            INSTAGRAM: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            KIOSK: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            MARKETPLACE: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            MESSENGER: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            TABLE: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            TAKEOUT: "ON_PAYMENT" | "EXPLICIT";
                            /** @enum {string} */
                            WHATSAPP: "ON_PAYMENT" | "EXPLICIT";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getOrders: {
        parameters: {
            query?: {
                channel?: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                from?: string;
                page?: number;
                size?: number;
                sort?: string;
                status?: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                tableId?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string | null;
                            cancelReason: string | null;
                            /** @enum {string} */
                            channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            confirmedAt: string | null;
                            consumerTaxId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            deliveryFeeCents: number;
                            discountCents: number;
                            id: string;
                            items: {
                                appliedRules: string[];
                                categoryId: string;
                                components: {
                                    categoryId: string;
                                    name: string;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string | null;
                                }[];
                                discountCents: number;
                                grossCents: number;
                                itemId: string;
                                name: string;
                                notes: string | null;
                                options: {
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                    quantity?: number;
                                }[];
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                round: number;
                                seat: number | null;
                                station: string | null;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                totalCents: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            manualDiscountCents: number;
                            manualDiscountReason: string | null;
                            notes: string | null;
                            number: number;
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                            subtotalCents: number;
                            tableId: string | null;
                            totalCents: number;
                            /** Format: date-time */
                            updatedAt: string;
                            writeOff: {
                                amountCents: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "COURTESY" | "LOSS";
                                managerId: string | null;
                                reason: string;
                            } | null;
                        }[];
                        error: null;
                        metadata?: components["schemas"]["PageMetadata"];
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postOrders: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                    confirm?: boolean;
                    consumerTaxId?: string | null;
                    customerId?: string | null;
                    items: {
                        notes?: string | null;
                        /** @default [] */
                        options?: string[];
                        productId: string;
                        quantity: number;
                        seat?: number | null;
                    }[];
                    notes?: string | null;
                    tableId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string | null;
                            cancelReason: string | null;
                            /** @enum {string} */
                            channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            confirmedAt: string | null;
                            consumerTaxId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            deliveryFeeCents: number;
                            discountCents: number;
                            id: string;
                            items: {
                                appliedRules: string[];
                                categoryId: string;
                                components: {
                                    categoryId: string;
                                    name: string;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string | null;
                                }[];
                                discountCents: number;
                                grossCents: number;
                                itemId: string;
                                name: string;
                                notes: string | null;
                                options: {
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                    quantity?: number;
                                }[];
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                round: number;
                                seat: number | null;
                                station: string | null;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                totalCents: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            kitchenTickets?: {
                                /** Format: date-time */
                                fireAt: string;
                                kind: string;
                                station: string;
                                ticketId: string;
                            }[];
                            manualDiscountCents: number;
                            manualDiscountReason: string | null;
                            notes: string | null;
                            number: number;
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                            subtotalCents: number;
                            tableId: string | null;
                            totalCents: number;
                            /** Format: date-time */
                            updatedAt: string;
                            writeOff: {
                                amountCents: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "COURTESY" | "LOSS";
                                managerId: string | null;
                                reason: string;
                            } | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, ORDER_CHANNEL_NOT_ALLOWED */
            403: components["responses"]["Error"];
            /** @description CUSTOMER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description CUSTOMER_ANONYMIZED */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, BUSINESS_DAY_NOT_OPEN */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string | null;
                            cancelReason: string | null;
                            /** @enum {string} */
                            channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            confirmedAt: string | null;
                            consumerTaxId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            deliveryFeeCents: number;
                            discountCents: number;
                            id: string;
                            items: {
                                appliedRules: string[];
                                categoryId: string;
                                components: {
                                    categoryId: string;
                                    name: string;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string | null;
                                }[];
                                discountCents: number;
                                grossCents: number;
                                itemId: string;
                                name: string;
                                notes: string | null;
                                options: {
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                    quantity?: number;
                                }[];
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                round: number;
                                seat: number | null;
                                station: string | null;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                totalCents: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            manualDiscountCents: number;
                            manualDiscountReason: string | null;
                            notes: string | null;
                            number: number;
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                            subtotalCents: number;
                            tableId: string | null;
                            totalCents: number;
                            /** Format: date-time */
                            updatedAt: string;
                            writeOff: {
                                amountCents: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "COURTESY" | "LOSS";
                                managerId: string | null;
                                reason: string;
                            } | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postOrdersByIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    managerOverride?: unknown;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string | null;
                            cancelReason: string | null;
                            /** @enum {string} */
                            channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            confirmedAt: string | null;
                            consumerTaxId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            deliveryFeeCents: number;
                            discountCents: number;
                            id: string;
                            items: {
                                appliedRules: string[];
                                categoryId: string;
                                components: {
                                    categoryId: string;
                                    name: string;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string | null;
                                }[];
                                discountCents: number;
                                grossCents: number;
                                itemId: string;
                                name: string;
                                notes: string | null;
                                options: {
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                    quantity?: number;
                                }[];
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                round: number;
                                seat: number | null;
                                station: string | null;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                totalCents: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            manualDiscountCents: number;
                            manualDiscountReason: string | null;
                            notes: string | null;
                            number: number;
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                            subtotalCents: number;
                            tableId: string | null;
                            totalCents: number;
                            /** Format: date-time */
                            updatedAt: string;
                            writeOff: {
                                amountCents: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "COURTESY" | "LOSS";
                                managerId: string | null;
                                reason: string;
                            } | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, MANAGER_OVERRIDE_REQUIRED, MANAGER_OVERRIDE_INVALID */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, ORDER_PAYMENT_PENDING, ORDER_HAS_PAYMENTS */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postOrdersByIdConfirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string | null;
                            cancelReason: string | null;
                            /** @enum {string} */
                            channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            confirmedAt: string | null;
                            consumerTaxId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            deliveryFeeCents: number;
                            discountCents: number;
                            id: string;
                            items: {
                                appliedRules: string[];
                                categoryId: string;
                                components: {
                                    categoryId: string;
                                    name: string;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string | null;
                                }[];
                                discountCents: number;
                                grossCents: number;
                                itemId: string;
                                name: string;
                                notes: string | null;
                                options: {
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                    quantity?: number;
                                }[];
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                round: number;
                                seat: number | null;
                                station: string | null;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                totalCents: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            kitchenTickets: {
                                /** Format: date-time */
                                fireAt: string;
                                kind: string;
                                station: string;
                                ticketId: string;
                            }[];
                            manualDiscountCents: number;
                            manualDiscountReason: string | null;
                            notes: string | null;
                            number: number;
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                            subtotalCents: number;
                            tableId: string | null;
                            totalCents: number;
                            /** Format: date-time */
                            updatedAt: string;
                            writeOff: {
                                amountCents: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "COURTESY" | "LOSS";
                                managerId: string | null;
                                reason: string;
                            } | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postOrdersByIdConsumerTaxId: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    taxId: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string | null;
                            cancelReason: string | null;
                            /** @enum {string} */
                            channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            confirmedAt: string | null;
                            consumerTaxId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            deliveryFeeCents: number;
                            discountCents: number;
                            id: string;
                            items: {
                                appliedRules: string[];
                                categoryId: string;
                                components: {
                                    categoryId: string;
                                    name: string;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string | null;
                                }[];
                                discountCents: number;
                                grossCents: number;
                                itemId: string;
                                name: string;
                                notes: string | null;
                                options: {
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                    quantity?: number;
                                }[];
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                round: number;
                                seat: number | null;
                                station: string | null;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                totalCents: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            manualDiscountCents: number;
                            manualDiscountReason: string | null;
                            notes: string | null;
                            number: number;
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                            subtotalCents: number;
                            tableId: string | null;
                            totalCents: number;
                            /** Format: date-time */
                            updatedAt: string;
                            writeOff: {
                                amountCents: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "COURTESY" | "LOSS";
                                managerId: string | null;
                                reason: string;
                            } | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description CUSTOMER_ANONYMIZED */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postOrdersByIdDiscount: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountCents: number;
                    managerOverride?: unknown;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string | null;
                            cancelReason: string | null;
                            /** @enum {string} */
                            channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            confirmedAt: string | null;
                            consumerTaxId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            deliveryFeeCents: number;
                            discountCents: number;
                            id: string;
                            items: {
                                appliedRules: string[];
                                categoryId: string;
                                components: {
                                    categoryId: string;
                                    name: string;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string | null;
                                }[];
                                discountCents: number;
                                grossCents: number;
                                itemId: string;
                                name: string;
                                notes: string | null;
                                options: {
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                    quantity?: number;
                                }[];
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                round: number;
                                seat: number | null;
                                station: string | null;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                totalCents: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            manualDiscountCents: number;
                            manualDiscountReason: string | null;
                            notes: string | null;
                            number: number;
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                            subtotalCents: number;
                            tableId: string | null;
                            totalCents: number;
                            /** Format: date-time */
                            updatedAt: string;
                            writeOff: {
                                amountCents: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "COURTESY" | "LOSS";
                                managerId: string | null;
                                reason: string;
                            } | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, MANAGER_OVERRIDE_REQUIRED, MANAGER_OVERRIDE_INVALID */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, ORDER_CLOSED, ORDER_ALREADY_PAID, ORDER_DISCOUNT_TOO_LARGE, ORDER_DISCOUNT_OVER_BALANCE, ORDER_DISCOUNT_NOT_ACCEPTED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postOrdersByIdFiscalNfe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address: {
                        cep: string;
                        cityCode: string;
                        cityName: string;
                        complement?: string;
                        district: string;
                        number: string;
                        street: string;
                        uf: string;
                    };
                    cnpj: string;
                    /** Format: email */
                    email?: string;
                    ie: string;
                    legalName: string;
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            accessKey: string;
                            authorizedAt: string | null;
                            cancelledAt: string | null;
                            contingency: boolean;
                            contingencyDeadline: string | null;
                            cStat: number | null;
                            id: string;
                            issuedAt: string;
                            model: 65 | 55 | 59;
                            number: number;
                            orderId: string;
                            protocol: string | null;
                            qrCode: string;
                            series: number;
                            /** @enum {string} */
                            status: "PENDING" | "CONTINGENCY" | "AUTHORIZED" | "REJECTED" | "DENIED" | "CANCELLED" | "VOIDED";
                            totalCents: number;
                            urlChave: string;
                            xMotivo: string | null;
                        } | {
                            buyer: {
                                address: {
                                    cep: string;
                                    cityCode: string;
                                    cityName: string;
                                    complement?: string;
                                    district: string;
                                    number: string;
                                    street: string;
                                    uf: unknown;
                                };
                                cnpj: unknown;
                                /** Format: email */
                                email?: string;
                                ie: unknown;
                                legalName: string;
                                phone?: string;
                            };
                            orderId: string;
                            /** @constant */
                            status: "REQUESTED";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description ORDER_CLOSED */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postOrdersByIdItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        notes?: string | null;
                        /** @default [] */
                        options?: string[];
                        productId: string;
                        quantity: number;
                        seat?: number | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string | null;
                            cancelReason: string | null;
                            /** @enum {string} */
                            channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            confirmedAt: string | null;
                            consumerTaxId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            deliveryFeeCents: number;
                            discountCents: number;
                            id: string;
                            items: {
                                appliedRules: string[];
                                categoryId: string;
                                components: {
                                    categoryId: string;
                                    name: string;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string | null;
                                }[];
                                discountCents: number;
                                grossCents: number;
                                itemId: string;
                                name: string;
                                notes: string | null;
                                options: {
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                    quantity?: number;
                                }[];
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                round: number;
                                seat: number | null;
                                station: string | null;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                totalCents: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            manualDiscountCents: number;
                            manualDiscountReason: string | null;
                            notes: string | null;
                            number: number;
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                            subtotalCents: number;
                            tableId: string | null;
                            totalCents: number;
                            /** Format: date-time */
                            updatedAt: string;
                            writeOff: {
                                amountCents: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "COURTESY" | "LOSS";
                                managerId: string | null;
                                reason: string;
                            } | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, ORDER_CLOSED, ORDER_ALREADY_PAID */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postOrdersByIdItemsByItemIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    managerOverride?: unknown;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string | null;
                            cancelReason: string | null;
                            /** @enum {string} */
                            channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            confirmedAt: string | null;
                            consumerTaxId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            deliveryFeeCents: number;
                            discountCents: number;
                            id: string;
                            items: {
                                appliedRules: string[];
                                categoryId: string;
                                components: {
                                    categoryId: string;
                                    name: string;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string | null;
                                }[];
                                discountCents: number;
                                grossCents: number;
                                itemId: string;
                                name: string;
                                notes: string | null;
                                options: {
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                    quantity?: number;
                                }[];
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                round: number;
                                seat: number | null;
                                station: string | null;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                totalCents: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            manualDiscountCents: number;
                            manualDiscountReason: string | null;
                            notes: string | null;
                            number: number;
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                            subtotalCents: number;
                            tableId: string | null;
                            totalCents: number;
                            /** Format: date-time */
                            updatedAt: string;
                            writeOff: {
                                amountCents: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "COURTESY" | "LOSS";
                                managerId: string | null;
                                reason: string;
                            } | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, MANAGER_OVERRIDE_REQUIRED, MANAGER_OVERRIDE_INVALID */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND, ORDER_ITEM_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description ORDER_ITEM_ALREADY_CANCELLED */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, ORDER_CLOSED, ORDER_ALREADY_PAID, ORDER_ITEM_LAST_LINE, ORDER_ITEM_CANCEL_OVER_PAID */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postOrdersByIdItemsByItemIdStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "PREPARING" | "READY" | "DELIVERED";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string | null;
                            cancelReason: string | null;
                            /** @enum {string} */
                            channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            confirmedAt: string | null;
                            consumerTaxId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            deliveryFeeCents: number;
                            discountCents: number;
                            id: string;
                            items: {
                                appliedRules: string[];
                                categoryId: string;
                                components: {
                                    categoryId: string;
                                    name: string;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string | null;
                                }[];
                                discountCents: number;
                                grossCents: number;
                                itemId: string;
                                name: string;
                                notes: string | null;
                                options: {
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                    quantity?: number;
                                }[];
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                round: number;
                                seat: number | null;
                                station: string | null;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                totalCents: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            manualDiscountCents: number;
                            manualDiscountReason: string | null;
                            notes: string | null;
                            number: number;
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                            subtotalCents: number;
                            tableId: string | null;
                            totalCents: number;
                            /** Format: date-time */
                            updatedAt: string;
                            writeOff: {
                                amountCents: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "COURTESY" | "LOSS";
                                managerId: string | null;
                                reason: string;
                            } | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postOrdersByIdItemsWeighed: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notes?: string | null;
                    productId: string;
                    scaleId: string;
                    seat?: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string | null;
                            cancelReason: string | null;
                            /** @enum {string} */
                            channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            confirmedAt: string | null;
                            consumerTaxId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            deliveryFeeCents: number;
                            discountCents: number;
                            id: string;
                            items: {
                                appliedRules: string[];
                                categoryId: string;
                                components: {
                                    categoryId: string;
                                    name: string;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string | null;
                                }[];
                                discountCents: number;
                                grossCents: number;
                                itemId: string;
                                name: string;
                                notes: string | null;
                                options: {
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                    quantity?: number;
                                }[];
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                round: number;
                                seat: number | null;
                                station: string | null;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                totalCents: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            manualDiscountCents: number;
                            manualDiscountReason: string | null;
                            notes: string | null;
                            number: number;
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                            subtotalCents: number;
                            tableId: string | null;
                            totalCents: number;
                            /** Format: date-time */
                            updatedAt: string;
                            weighedGrams: number;
                            writeOff: {
                                amountCents: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "COURTESY" | "LOSS";
                                managerId: string | null;
                                reason: string;
                            } | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, SCALE_PRODUCT_NOT_SOLD_BY_WEIGHT, SCALE_WEIGHT_EMPTY */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getOrdersByIdPayments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            balance: {
                                changeCents: number;
                                orderId: string;
                                paidCents: number;
                                pendingCents: number;
                                remainingCents: number;
                                totalCents: number;
                            };
                            payments: {
                                amountCents: number;
                                /** Format: date */
                                businessDate: string;
                                businessDayId: string;
                                capturedAt: string | null;
                                cashierSessionId: string | null;
                                changeCents: number;
                                /** Format: date-time */
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** @enum {string} */
                                method: "CASH" | "CREDIT" | "DEBIT" | "VOUCHER" | "PIX" | "OTHER";
                                operatorId: string | null;
                                orderId: string;
                                payerLabel: string | null;
                                pix: {
                                    qrImageBase64: string | null;
                                    qrPayload: string;
                                } | null;
                                /** @enum {string} */
                                provider: "CASH" | "TEF" | "ASAAS" | "MERCADO_PAGO" | "MANUAL" | "CARD_MACHINE" | "MARKETPLACE";
                                providerRef: string | null;
                                refundedCents: number;
                                /** @enum {string} */
                                status: "PENDING" | "CAPTURED" | "CANCELLED";
                                tenderedCents: number;
                            }[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postOrdersByIdPayments: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountCents?: number;
                    cashierSessionId?: string;
                    installments?: number;
                    /** @enum {string} */
                    method: "CASH" | "CREDIT" | "DEBIT" | "VOUCHER" | "PIX" | "OTHER";
                    payerLabel?: string;
                    splitRules?: {
                        accountId: string;
                        amountCents: number;
                    }[];
                    standaloneCard?: {
                        /** @enum {string} */
                        brand?: "VISA" | "MASTERCARD" | "AMEX" | "SOROCRED" | "DINERS" | "ELO" | "HIPERCARD" | "AURA" | "CABAL" | "OTHER";
                        nsu?: string;
                    };
                    tenderedCents?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            balance: {
                                changeCents: number;
                                orderId: string;
                                paidCents: number;
                                pendingCents: number;
                                remainingCents: number;
                                totalCents: number;
                            };
                            chargedCents?: number;
                            order: {
                                id: string;
                                paidAt: string | null;
                                status: string;
                            };
                            payment: {
                                amountCents: number;
                                /** Format: date */
                                businessDate: string;
                                businessDayId: string;
                                capturedAt: string | null;
                                cashierSessionId: string | null;
                                changeCents: number;
                                /** Format: date-time */
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** @enum {string} */
                                method: "CASH" | "CREDIT" | "DEBIT" | "VOUCHER" | "PIX" | "OTHER";
                                operatorId: string | null;
                                orderId: string;
                                payerLabel: string | null;
                                pix: {
                                    qrImageBase64: string | null;
                                    qrPayload: string;
                                } | null;
                                /** @enum {string} */
                                provider: "CASH" | "TEF" | "ASAAS" | "MERCADO_PAGO" | "MANUAL" | "CARD_MACHINE" | "MARKETPLACE";
                                providerRef: string | null;
                                refundedCents: number;
                                /** @enum {string} */
                                status: "PENDING" | "CAPTURED" | "CANCELLED";
                                tenderedCents: number;
                            };
                            serviceChargeCents?: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, CASHIER_NOT_OWNER, ORDER_NOT_OWNER, KIOSK_PAYMENT_METHOD_NOT_ALLOWED, KIOSK_PAYMENT_TERMS_NOT_ALLOWED */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, PAYMENT_STANDALONE_CARD_METHOD_INVALID, SERVICE_CHARGE_CHANGED, CASHIER_SESSION_CLOSED, CASHIER_SESSION_REQUIRED, ORDER_TOO_MANY_ITEMS_FOR_FISCAL_DOCUMENT, STOCK_UNAVAILABLE, ORDER_PRODUCT_UNAVAILABLE */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postOrdersByIdReceiptReprint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            jobId: string;
                            kind: string;
                            printerId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND, PRINTER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description PRINT_ORDER_NOT_PAID, PRINT_RECEIPT_PRINTER_MISSING */
            422: components["responses"]["Error"];
            /** @description FISCAL_DOCUMENT_LEGAL_HOLD */
            423: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postOrdersByIdStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "PREPARING" | "READY" | "DELIVERING" | "COMPLETED";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string | null;
                            cancelReason: string | null;
                            /** @enum {string} */
                            channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            confirmedAt: string | null;
                            consumerTaxId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            deliveryFeeCents: number;
                            discountCents: number;
                            id: string;
                            items: {
                                appliedRules: string[];
                                categoryId: string;
                                components: {
                                    categoryId: string;
                                    name: string;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string | null;
                                }[];
                                discountCents: number;
                                grossCents: number;
                                itemId: string;
                                name: string;
                                notes: string | null;
                                options: {
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                    quantity?: number;
                                }[];
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                round: number;
                                seat: number | null;
                                station: string | null;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                totalCents: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            manualDiscountCents: number;
                            manualDiscountReason: string | null;
                            notes: string | null;
                            number: number;
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                            subtotalCents: number;
                            tableId: string | null;
                            totalCents: number;
                            /** Format: date-time */
                            updatedAt: string;
                            writeOff: {
                                amountCents: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "COURTESY" | "LOSS";
                                managerId: string | null;
                                reason: string;
                            } | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postOrdersByIdWriteOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "COURTESY" | "LOSS";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string | null;
                            cancelReason: string | null;
                            /** @enum {string} */
                            channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                            confirmedAt: string | null;
                            consumerTaxId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            deliveryFeeCents: number;
                            discountCents: number;
                            id: string;
                            items: {
                                appliedRules: string[];
                                categoryId: string;
                                components: {
                                    categoryId: string;
                                    name: string;
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    station: string | null;
                                }[];
                                discountCents: number;
                                grossCents: number;
                                itemId: string;
                                name: string;
                                notes: string | null;
                                options: {
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                    quantity?: number;
                                }[];
                                prepSeconds: number;
                                productId: string;
                                quantity: number;
                                round: number;
                                seat: number | null;
                                station: string | null;
                                /** @enum {string} */
                                status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                totalCents: number;
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            manualDiscountCents: number;
                            manualDiscountReason: string | null;
                            notes: string | null;
                            number: number;
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                            subtotalCents: number;
                            tableId: string | null;
                            totalCents: number;
                            /** Format: date-time */
                            updatedAt: string;
                            writeOff: {
                                amountCents: number;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "COURTESY" | "LOSS";
                                managerId: string | null;
                                reason: string;
                            } | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, MANAGER_OVERRIDE_REQUIRED, MANAGER_OVERRIDE_INVALID */
            403: components["responses"]["Error"];
            /** @description ORDER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, ORDER_PAYMENT_PENDING */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getPaymentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountCents: number;
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string;
                            capturedAt: string | null;
                            cashierSessionId: string | null;
                            changeCents: number;
                            /** Format: date-time */
                            createdAt: string;
                            details: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @enum {string} */
                            method: "CASH" | "CREDIT" | "DEBIT" | "VOUCHER" | "PIX" | "OTHER";
                            operatorId: string | null;
                            orderId: string;
                            payerLabel: string | null;
                            pix: {
                                qrImageBase64: string | null;
                                qrPayload: string;
                            } | null;
                            /** @enum {string} */
                            provider: "CASH" | "TEF" | "ASAAS" | "MERCADO_PAGO" | "MANUAL" | "CARD_MACHINE" | "MARKETPLACE";
                            providerRef: string | null;
                            refundedCents: number;
                            /** @enum {string} */
                            status: "PENDING" | "CAPTURED" | "CANCELLED";
                            tenderedCents: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PAYMENT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postPaymentsByIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountCents: number;
                            /** Format: date */
                            businessDate: string;
                            businessDayId: string;
                            capturedAt: string | null;
                            cashierSessionId: string | null;
                            changeCents: number;
                            /** Format: date-time */
                            createdAt: string;
                            details: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @enum {string} */
                            method: "CASH" | "CREDIT" | "DEBIT" | "VOUCHER" | "PIX" | "OTHER";
                            operatorId: string | null;
                            orderId: string;
                            payerLabel: string | null;
                            pix: {
                                qrImageBase64: string | null;
                                qrPayload: string;
                            } | null;
                            /** @enum {string} */
                            provider: "CASH" | "TEF" | "ASAAS" | "MERCADO_PAGO" | "MANUAL" | "CARD_MACHINE" | "MARKETPLACE";
                            providerRef: string | null;
                            refundedCents: number;
                            /** @enum {string} */
                            status: "PENDING" | "CAPTURED" | "CANCELLED";
                            tenderedCents: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, ORDER_NOT_OWNER */
            403: components["responses"]["Error"];
            /** @description PAYMENT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description PAYMENT_NOT_PENDING, PAYMENT_PIX_ALREADY_PAID */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description PAYMENT_GATEWAY_UNAVAILABLE, SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postPaymentsByIdRefunds: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountCents: number;
                    managerOverride?: unknown;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountCents: number;
                            cardRefund?: {
                                code?: string;
                                error?: string;
                                operatorMessage?: string | null;
                                receiptLines?: string[];
                                /** @enum {string} */
                                status: "DONE" | "FAILED";
                            };
                            gatewayRefund?: {
                                error?: string;
                                /** @enum {string} */
                                status: "DONE" | "FAILED";
                            } & {
                                [key: string]: unknown;
                            };
                            payment: {
                                amountCents: number;
                                /** Format: date */
                                businessDate: string;
                                businessDayId: string;
                                capturedAt: string | null;
                                cashierSessionId: string | null;
                                changeCents: number;
                                /** Format: date-time */
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** @enum {string} */
                                method: "CASH" | "CREDIT" | "DEBIT" | "VOUCHER" | "PIX" | "OTHER";
                                operatorId: string | null;
                                orderId: string;
                                payerLabel: string | null;
                                pix: {
                                    qrImageBase64: string | null;
                                    qrPayload: string;
                                } | null;
                                /** @enum {string} */
                                provider: "CASH" | "TEF" | "ASAAS" | "MERCADO_PAGO" | "MANUAL" | "CARD_MACHINE" | "MARKETPLACE";
                                providerRef: string | null;
                                refundedCents: number;
                                /** @enum {string} */
                                status: "PENDING" | "CAPTURED" | "CANCELLED";
                                tenderedCents: number;
                            };
                            refundId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, MANAGER_OVERRIDE_REQUIRED, MANAGER_OVERRIDE_INVALID */
            403: components["responses"]["Error"];
            /** @description PAYMENT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, BUSINESS_DAY_NOT_OPEN, CASHIER_SESSION_REQUIRED, CASHIER_REFUND_SESSION_REQUIRED, PAYMENT_REFUND_BY_PLATFORM */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getPaymentsReconciliationAlerts: {
        parameters: {
            query?: {
                from?: string;
                gateway?: "ASAAS" | "MERCADO_PAGO" | "TEF";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            differenceCents: number;
                            /** Format: date */
                            from: string;
                            gateway: string;
                            gatewayPaymentId: string;
                            id: string;
                            /** @enum {string} */
                            kind: "AMOUNT_MISMATCH" | "MISSING_IN_SETTLEMENT" | "UNKNOWN_TO_STORE";
                            paymentId: string | null;
                            reconciliationId: string;
                            recordedCents: number | null;
                            settledCents: number | null;
                            /** Format: date */
                            to: string;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postPaymentsReconciliations: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    from: string;
                    /** @enum {string} */
                    gateway: "ASAAS" | "MERCADO_PAGO" | "TEF";
                    report?: string;
                    /** Format: date */
                    to: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountMismatch: {
                                gatewayPaymentId: string;
                                netCents: number | null;
                                paymentId: string | null;
                                recordedCents: number | null;
                                settledCents: number | null;
                            }[];
                            /** Format: date */
                            from: string;
                            gateway: string;
                            id: string;
                            matched: {
                                gatewayPaymentId: string;
                                netCents: number | null;
                                paymentId: string | null;
                                recordedCents: number | null;
                                settledCents: number | null;
                            }[];
                            missingInSettlement: {
                                gatewayPaymentId: string;
                                netCents: number | null;
                                paymentId: string | null;
                                recordedCents: number | null;
                                settledCents: number | null;
                            }[];
                            /** Format: date */
                            to: string;
                            totals: {
                                differenceCents: number;
                                matchedCents: number;
                                netSettledCents: number;
                                recordedCents: number;
                                settledCents: number;
                            };
                            unknownToStore: {
                                gatewayPaymentId: string;
                                netCents: number | null;
                                paymentId: string | null;
                                recordedCents: number | null;
                                settledCents: number | null;
                            }[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, PAYMENT_GATEWAY_NOT_CONFIGURED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description PAYMENT_GATEWAY_UNAVAILABLE, SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getPaymentsReconciliationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amountMismatch: {
                                gatewayPaymentId: string;
                                netCents: number | null;
                                paymentId: string | null;
                                recordedCents: number | null;
                                settledCents: number | null;
                            }[];
                            /** Format: date */
                            from: string;
                            gateway: string;
                            id: string;
                            matched: {
                                gatewayPaymentId: string;
                                netCents: number | null;
                                paymentId: string | null;
                                recordedCents: number | null;
                                settledCents: number | null;
                            }[];
                            missingInSettlement: {
                                gatewayPaymentId: string;
                                netCents: number | null;
                                paymentId: string | null;
                                recordedCents: number | null;
                                settledCents: number | null;
                            }[];
                            /** Format: date */
                            to: string;
                            totals: {
                                differenceCents: number;
                                matchedCents: number;
                                netSettledCents: number;
                                recordedCents: number;
                                settledCents: number;
                            };
                            unknownToStore: {
                                gatewayPaymentId: string;
                                netCents: number | null;
                                paymentId: string | null;
                                recordedCents: number | null;
                                settledCents: number | null;
                            }[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postPaymentsUnbookedConfirmationsByIdResolution: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /** @enum {string} */
                    resolution: "REFUNDED_AT_GATEWAY" | "BOOKED_ON_ANOTHER_SALE" | "OTHER";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            chargedCents: number;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "AMOUNT_MISMATCH" | "PAID_AFTER_CANCEL";
                            orderId: string;
                            orderNumber: number | null;
                            paymentId: string;
                            /** @enum {string} */
                            provider: "CASH" | "TEF" | "ASAAS" | "MERCADO_PAGO" | "MANUAL" | "CARD_MACHINE" | "MARKETPLACE";
                            providerRef: string | null;
                            receivedCents: number;
                            resolution: ("REFUNDED_AT_GATEWAY" | "BOOKED_ON_ANOTHER_SALE" | "OTHER") | null;
                            resolutionNote: string | null;
                            resolvedAt: string | null;
                            resolvedBy: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PAYMENT_UNBOOKED_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description PAYMENT_UNBOOKED_ALREADY_RESOLVED */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, PAYMENT_UNBOOKED_NOTE_REQUIRED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getPaymentsUnbookedConfirmationsOpen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            chargedCents: number;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "AMOUNT_MISMATCH" | "PAID_AFTER_CANCEL";
                            orderId: string;
                            orderNumber: number | null;
                            paymentId: string;
                            /** @enum {string} */
                            provider: "CASH" | "TEF" | "ASAAS" | "MERCADO_PAGO" | "MANUAL" | "CARD_MACHINE" | "MARKETPLACE";
                            providerRef: string | null;
                            receivedCents: number;
                            resolution: ("REFUNDED_AT_GATEWAY" | "BOOKED_ON_ANOTHER_SALE" | "OTHER") | null;
                            resolutionNote: string | null;
                            resolvedAt: string | null;
                            resolvedBy: string | null;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postPaymentsWebhooksByGateway: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                gateway: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            applied: boolean;
                            paymentId?: string | null;
                            /** @constant */
                            received: true;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description PAYMENT_GATEWAY_NOT_CONFIGURED */
            404: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description PAYMENT_GATEWAY_UNAVAILABLE, SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getPricingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            rule: {
                                /** @enum {string} */
                                channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE";
                                id: string;
                                /** @constant */
                                kind: "CHANNEL_MARKUP";
                                percentBp: number;
                            } | {
                                from: string;
                                id: string;
                                /** @constant */
                                kind: "HAPPY_HOUR";
                                percentOffBp: number;
                                /** @default {} */
                                target: {
                                    categoryIds?: string[];
                                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                    productIds?: string[];
                                };
                                to: string;
                                weekdays: number[];
                            } | {
                                id: string;
                                /** @constant */
                                kind: "PERCENT_OFF";
                                percentOffBp: number;
                                /** @default {} */
                                target: {
                                    categoryIds?: string[];
                                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                    productIds?: string[];
                                };
                            } | {
                                amountOffCents: number;
                                id: string;
                                /** @constant */
                                kind: "FIXED_OFF";
                                /** @default {} */
                                target: {
                                    categoryIds?: string[];
                                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                    productIds?: string[];
                                };
                            } | {
                                buy: number;
                                get: number;
                                id: string;
                                /** @constant */
                                kind: "BUY_X_GET_Y";
                                /** @default {} */
                                target: {
                                    categoryIds?: string[];
                                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                    productIds?: string[];
                                };
                            } | {
                                amountOffCents: number;
                                channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                id: string;
                                /** @constant */
                                kind: "COMBO_DISCOUNT";
                                productIds: string[];
                            };
                            updatedAt: string;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putPricingRulesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE";
                    id: string;
                    /** @constant */
                    kind: "CHANNEL_MARKUP";
                    percentBp: number;
                } | {
                    from: string;
                    id: string;
                    /** @constant */
                    kind: "HAPPY_HOUR";
                    percentOffBp: number;
                    /** @default {} */
                    target?: {
                        categoryIds?: string[];
                        channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                        productIds?: string[];
                    };
                    to: string;
                    weekdays: number[];
                } | {
                    id: string;
                    /** @constant */
                    kind: "PERCENT_OFF";
                    percentOffBp: number;
                    /** @default {} */
                    target?: {
                        categoryIds?: string[];
                        channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                        productIds?: string[];
                    };
                } | {
                    amountOffCents: number;
                    id: string;
                    /** @constant */
                    kind: "FIXED_OFF";
                    /** @default {} */
                    target?: {
                        categoryIds?: string[];
                        channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                        productIds?: string[];
                    };
                } | {
                    buy: number;
                    get: number;
                    id: string;
                    /** @constant */
                    kind: "BUY_X_GET_Y";
                    /** @default {} */
                    target?: {
                        categoryIds?: string[];
                        channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                        productIds?: string[];
                    };
                } | {
                    amountOffCents: number;
                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                    id: string;
                    /** @constant */
                    kind: "COMBO_DISCOUNT";
                    productIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            rule: {
                                /** @enum {string} */
                                channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE";
                                id: string;
                                /** @constant */
                                kind: "CHANNEL_MARKUP";
                                percentBp: number;
                            } | {
                                from: string;
                                id: string;
                                /** @constant */
                                kind: "HAPPY_HOUR";
                                percentOffBp: number;
                                /** @default {} */
                                target: {
                                    categoryIds?: string[];
                                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                    productIds?: string[];
                                };
                                to: string;
                                weekdays: number[];
                            } | {
                                id: string;
                                /** @constant */
                                kind: "PERCENT_OFF";
                                percentOffBp: number;
                                /** @default {} */
                                target: {
                                    categoryIds?: string[];
                                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                    productIds?: string[];
                                };
                            } | {
                                amountOffCents: number;
                                id: string;
                                /** @constant */
                                kind: "FIXED_OFF";
                                /** @default {} */
                                target: {
                                    categoryIds?: string[];
                                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                    productIds?: string[];
                                };
                            } | {
                                buy: number;
                                get: number;
                                id: string;
                                /** @constant */
                                kind: "BUY_X_GET_Y";
                                /** @default {} */
                                target: {
                                    categoryIds?: string[];
                                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                    productIds?: string[];
                                };
                            } | {
                                amountOffCents: number;
                                channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                id: string;
                                /** @constant */
                                kind: "COMBO_DISCOUNT";
                                productIds: string[];
                            };
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postPricingRulesByIdActive: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            rule: {
                                /** @enum {string} */
                                channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE";
                                id: string;
                                /** @constant */
                                kind: "CHANNEL_MARKUP";
                                percentBp: number;
                            } | {
                                from: string;
                                id: string;
                                /** @constant */
                                kind: "HAPPY_HOUR";
                                percentOffBp: number;
                                /** @default {} */
                                target: {
                                    categoryIds?: string[];
                                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                    productIds?: string[];
                                };
                                to: string;
                                weekdays: number[];
                            } | {
                                id: string;
                                /** @constant */
                                kind: "PERCENT_OFF";
                                percentOffBp: number;
                                /** @default {} */
                                target: {
                                    categoryIds?: string[];
                                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                    productIds?: string[];
                                };
                            } | {
                                amountOffCents: number;
                                id: string;
                                /** @constant */
                                kind: "FIXED_OFF";
                                /** @default {} */
                                target: {
                                    categoryIds?: string[];
                                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                    productIds?: string[];
                                };
                            } | {
                                buy: number;
                                get: number;
                                id: string;
                                /** @constant */
                                kind: "BUY_X_GET_Y";
                                /** @default {} */
                                target: {
                                    categoryIds?: string[];
                                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                    productIds?: string[];
                                };
                            } | {
                                amountOffCents: number;
                                channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                                id: string;
                                /** @constant */
                                kind: "COMBO_DISCOUNT";
                                productIds: string[];
                            };
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postPricingSimulate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    at?: string;
                    /** @enum {string} */
                    channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                    lines: {
                        notes?: string | null;
                        /** @default [] */
                        options?: string[];
                        productId: string;
                        quantity: number;
                        seat?: number | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            at: string;
                            baseCents: number;
                            channel: string;
                            discountCents: number;
                            lines: {
                                appliedRules: string[];
                                baseCents: number;
                                discountCents: number;
                                grossCents: number;
                                listUnitPriceCents: number;
                                name: string;
                                productId: string;
                                quantity: number;
                                totalCents: number;
                                trace: {
                                    amountCents: number;
                                    applied: boolean;
                                    beatenBy?: string;
                                    kind: string;
                                    /** @enum {string} */
                                    reason: "MARKUP" | "BEST_DISCOUNT" | "COMBO" | "OTHER_CHANNEL" | "OUTSIDE_WINDOW" | "NOT_TARGETED" | "NO_DISCOUNT" | "BEATEN" | "INCOMPLETE_COMBO" | "UNITS_ALREADY_DISCOUNTED";
                                    ruleId: string;
                                }[];
                                /** @enum {string} */
                                unit: "UNIT" | "GRAM";
                                unitPriceCents: number;
                            }[];
                            timeZone: string;
                            totalCents: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, ORDER_PRODUCT_NOT_FOUND, ORDER_PRODUCT_UNAVAILABLE, ORDER_PRODUCT_NOT_ON_CHANNEL, ORDER_OPTIONS_INVALID, ORDER_QUANTITY_INVALID */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getPrintJobs: {
        parameters: {
            query?: {
                page?: number;
                printerId?: string;
                size?: number;
                sort?: string;
                status?: "QUEUED" | "PRINTING" | "DONE" | "FAILED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attempts: number;
                            bytes: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            dedupeKey: string | null;
                            id: string;
                            kind: string;
                            lastError: string | null;
                            lastErrorCode: string | null;
                            /** Format: date-time */
                            nextAttemptAt: string;
                            printedAt: string | null;
                            printerId: string;
                            requestedPrinterId: string;
                            source: {
                                id: string;
                                type: string;
                            } | null;
                            /** @enum {string} */
                            status: "QUEUED" | "PRINTING" | "DONE" | "FAILED";
                            triedPrinterIds: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        error: null;
                        metadata?: components["schemas"]["PageMetadata"];
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postPrintJobs: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dedupeKey?: string;
                    /** @default manual */
                    kind?: string;
                    payload: {
                        data: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        template: "customer_receipt" | "kitchen_ticket" | "day_report" | "cashier_close" | "card_slip";
                    } | {
                        document: {
                            columns: number;
                            ops: ({
                                /** @constant */
                                op: "text";
                                text: string;
                            } | {
                                /** @constant */
                                op: "newline";
                            } | {
                                on: boolean;
                                /** @constant */
                                op: "bold";
                            } | {
                                height: number;
                                /** @constant */
                                op: "size";
                                width: number;
                            } | {
                                /** @enum {string} */
                                align: "left" | "center" | "right";
                                /** @constant */
                                op: "align";
                            } | {
                                /** @enum {string} */
                                font: "A" | "B";
                                /** @constant */
                                op: "font";
                            } | {
                                data: string;
                                /** @enum {string} */
                                errorLevel: "L" | "M" | "Q" | "H";
                                moduleSize: number;
                                /** @constant */
                                op: "qr";
                            } | {
                                lines: number;
                                /** @constant */
                                op: "feed";
                            } | {
                                /** @constant */
                                op: "cut";
                                partial: boolean;
                            } | {
                                /** @constant */
                                op: "drawer";
                            })[];
                        };
                    };
                    printerId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attempts: number;
                            bytes: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            dedupeKey: string | null;
                            id: string;
                            kind: string;
                            lastError: string | null;
                            lastErrorCode: string | null;
                            /** Format: date-time */
                            nextAttemptAt: string;
                            printedAt: string | null;
                            printerId: string;
                            requestedPrinterId: string;
                            source: {
                                id: string;
                                type: string;
                            } | null;
                            /** @enum {string} */
                            status: "QUEUED" | "PRINTING" | "DONE" | "FAILED";
                            triedPrinterIds: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getPrintJobsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attempts: number;
                            bytes: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            dedupeKey: string | null;
                            id: string;
                            kind: string;
                            lastError: string | null;
                            lastErrorCode: string | null;
                            /** Format: date-time */
                            nextAttemptAt: string;
                            printedAt: string | null;
                            printerId: string;
                            requestedPrinterId: string;
                            source: {
                                id: string;
                                type: string;
                            } | null;
                            /** @enum {string} */
                            status: "QUEUED" | "PRINTING" | "DONE" | "FAILED";
                            triedPrinterIds: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRINT_JOB_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postPrintJobsByIdRetry: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attempts: number;
                            bytes: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            dedupeKey: string | null;
                            id: string;
                            kind: string;
                            lastError: string | null;
                            lastErrorCode: string | null;
                            /** Format: date-time */
                            nextAttemptAt: string;
                            printedAt: string | null;
                            printerId: string;
                            requestedPrinterId: string;
                            source: {
                                id: string;
                                type: string;
                            } | null;
                            /** @enum {string} */
                            status: "QUEUED" | "PRINTING" | "DONE" | "FAILED";
                            triedPrinterIds: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRINT_JOB_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description PRINT_JOB_NOT_FAILED, PRINT_JOB_WITHDRAWN, PRINT_JOB_OUTDATED, PRINT_DRAWER_KICK_NOT_RETRYABLE */
            422: components["responses"]["Error"];
            /** @description FISCAL_DOCUMENT_LEGAL_HOLD */
            423: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getPrintRouting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            kitchenPrinters: {
                                [key: string]: string;
                            };
                            receiptPrinterId: string | null;
                            reportPrinterId: string | null;
                            tillPrinters?: {
                                [key: string]: string;
                            };
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putPrintRouting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    kitchenPrinters?: {
                        [key: string]: string;
                    };
                    receiptPrinterId?: string | null;
                    reportPrinterId?: string | null;
                    tillPrinters?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            kitchenPrinters: {
                                [key: string]: string;
                            };
                            receiptPrinterId: string | null;
                            reportPrinterId: string | null;
                            tillPrinters?: {
                                [key: string]: string;
                            };
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getPrinterProfiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            model: string;
                            transports: string[];
                            vendor: string;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getPrinters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            backupPrinterId?: string;
                            connection: {
                                host: string;
                                /** @default 9100 */
                                port: number;
                                /** @constant */
                                type: "tcp";
                            } | {
                                baudRate?: number;
                                path: string;
                                /** @constant */
                                type: "serial";
                            } | {
                                serialNumber?: string;
                                /** @constant */
                                type: "usb";
                            };
                            id: string;
                            name: string;
                            profileId: string;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putPrintersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    backupPrinterId?: string;
                    connection: {
                        host: string;
                        /** @default 9100 */
                        port?: number;
                        /** @constant */
                        type: "tcp";
                    } | {
                        baudRate?: number;
                        path: string;
                        /** @constant */
                        type: "serial";
                    } | {
                        serialNumber?: string;
                        /** @constant */
                        type: "usb";
                    };
                    name: string;
                    profileId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            backupPrinterId?: string;
                            connection: {
                                host: string;
                                /** @default 9100 */
                                port: number;
                                /** @constant */
                                type: "tcp";
                            } | {
                                baudRate?: number;
                                path: string;
                                /** @constant */
                                type: "serial";
                            } | {
                                serialNumber?: string;
                                /** @constant */
                                type: "usb";
                            };
                            id: string;
                            name: string;
                            profileId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getPrintersByIdStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            printerId: string;
                            /** @constant */
                            reachable: true;
                            status: {
                                coverOpen: boolean;
                                error: boolean;
                                online: boolean;
                                paperNearEnd: boolean;
                                paperOut: boolean;
                                supported: boolean;
                            };
                        } | {
                            error: string;
                            errorCode: string;
                            printerId: string;
                            /** @constant */
                            reachable: false;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRINTER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getPrintersUsbDetect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            error: string | null;
                            matches: {
                                productName: string | null;
                                profileId: string;
                                usbId: string;
                            }[];
                            unmatchedCount: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getProducts: {
        parameters: {
            query?: {
                active?: "true" | "false";
                categoryId?: string;
                channel?: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE";
                page?: number;
                q?: string;
                size?: number;
                sort?: string;
                type?: "SIMPLE" | "COMBO" | "COMPOSITE" | "WEIGHT" | "TIME";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            aliases: string[];
                            barcode: string | null;
                            categoryId: string;
                            channels: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                            combo: {
                                items: {
                                    productId: string;
                                    quantity: number;
                                }[];
                            } | null;
                            composite: {
                                maxFractions: number;
                                /** @enum {string} */
                                priceRule: "HIGHEST" | "AVERAGE";
                            } | null;
                            description: string | null;
                            fiscal: {
                                cest: string | null;
                                cfop: string | null;
                                ncm: string | null;
                                taxGroup: string | null;
                            };
                            id: string;
                            name: string;
                            optionGroups: {
                                id: string;
                                /** @enum {string} */
                                kind: "MODIFIER" | "FLAVOR" | "CHOICE";
                                maxChoices: number;
                                minChoices: number;
                                name: string;
                                options: {
                                    id: string;
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                }[];
                            }[];
                            photoUrl: string | null;
                            prepSeconds: number | null;
                            priceCents: number;
                            sendToKitchen: boolean;
                            sku: string;
                            station: string | null;
                            /** @enum {string} */
                            stockPolicy: "NONE" | "TRACK";
                            timeBlockMinutes: number | null;
                            /** @enum {string} */
                            type: "SIMPLE" | "COMBO" | "COMPOSITE" | "WEIGHT" | "TIME";
                            /** @enum {string} */
                            unit: "UNIT" | "KG" | "TIME_BLOCK";
                            updatedAt: string;
                            version: number;
                        }[];
                        error: null;
                        metadata?: components["schemas"]["PageMetadata"];
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postProducts: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    /** @default [] */
                    aliases?: string[];
                    barcode?: string | null;
                    categoryId: string;
                    /**
                     * @default [
                     *       "COUNTER",
                     *       "TABLE",
                     *       "DELIVERY",
                     *       "TAKEOUT",
                     *       "KIOSK",
                     *       "MARKETPLACE"
                     *     ]
                     */
                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                    combo?: {
                        items: {
                            productId: string;
                            quantity: number;
                        }[];
                    } | null;
                    composite?: {
                        maxFractions: 2 | 3 | 4;
                        /** @enum {string} */
                        priceRule: "HIGHEST" | "AVERAGE";
                    } | null;
                    description?: string | null;
                    /** @default {} */
                    fiscal?: {
                        cest?: string | null;
                        cfop?: string | null;
                        ncm?: string | null;
                        taxGroup?: string | null;
                    };
                    id?: string;
                    name: string;
                    /** @default [] */
                    optionGroups?: {
                        id: string;
                        /**
                         * @default MODIFIER
                         * @enum {string}
                         */
                        kind?: "MODIFIER" | "FLAVOR" | "CHOICE";
                        maxChoices: number;
                        minChoices: number;
                        name: string;
                        options: {
                            id: string;
                            name: string;
                            /** @default 0 */
                            priceCents?: number;
                            productId?: string;
                        }[];
                    }[];
                    prepSeconds?: number | null;
                    priceCents: number;
                    /** @default true */
                    sendToKitchen?: boolean;
                    sku: string;
                    station?: string | null;
                    /**
                     * @default NONE
                     * @enum {string}
                     */
                    stockPolicy?: "NONE" | "TRACK";
                    timeBlockMinutes?: number | null;
                    /** @enum {string} */
                    type: "SIMPLE" | "COMBO" | "COMPOSITE" | "WEIGHT" | "TIME";
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            aliases: string[];
                            barcode: string | null;
                            categoryId: string;
                            channels: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                            combo: {
                                items: {
                                    productId: string;
                                    quantity: number;
                                }[];
                            } | null;
                            composite: {
                                maxFractions: number;
                                /** @enum {string} */
                                priceRule: "HIGHEST" | "AVERAGE";
                            } | null;
                            description: string | null;
                            fiscal: {
                                cest: string | null;
                                cfop: string | null;
                                ncm: string | null;
                                taxGroup: string | null;
                            };
                            id: string;
                            name: string;
                            optionGroups: {
                                id: string;
                                /** @enum {string} */
                                kind: "MODIFIER" | "FLAVOR" | "CHOICE";
                                maxChoices: number;
                                minChoices: number;
                                name: string;
                                options: {
                                    id: string;
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                }[];
                            }[];
                            photoUrl: string | null;
                            prepSeconds: number | null;
                            priceCents: number;
                            sendToKitchen: boolean;
                            sku: string;
                            station: string | null;
                            /** @enum {string} */
                            stockPolicy: "NONE" | "TRACK";
                            timeBlockMinutes: number | null;
                            /** @enum {string} */
                            type: "SIMPLE" | "COMBO" | "COMPOSITE" | "WEIGHT" | "TIME";
                            /** @enum {string} */
                            unit: "UNIT" | "KG" | "TIME_BLOCK";
                            updatedAt: string;
                            version: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRODUCT_SKU_TAKEN, PRODUCT_BARCODE_TAKEN */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, PRODUCT_NAME_NOT_PRINTABLE, PRODUCT_CATEGORY_NOT_FOUND, PRODUCT_COMBO_ITEM_NOT_FOUND, PRODUCT_COMBO_ITEM_NOT_ALLOWED, PRODUCT_IS_COMBO_PART */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getProductsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            aliases: string[];
                            barcode: string | null;
                            categoryId: string;
                            channels: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                            combo: {
                                items: {
                                    productId: string;
                                    quantity: number;
                                }[];
                            } | null;
                            composite: {
                                maxFractions: number;
                                /** @enum {string} */
                                priceRule: "HIGHEST" | "AVERAGE";
                            } | null;
                            description: string | null;
                            fiscal: {
                                cest: string | null;
                                cfop: string | null;
                                ncm: string | null;
                                taxGroup: string | null;
                            };
                            id: string;
                            name: string;
                            optionGroups: {
                                id: string;
                                /** @enum {string} */
                                kind: "MODIFIER" | "FLAVOR" | "CHOICE";
                                maxChoices: number;
                                minChoices: number;
                                name: string;
                                options: {
                                    id: string;
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                }[];
                            }[];
                            photoUrl: string | null;
                            prepSeconds: number | null;
                            priceCents: number;
                            sendToKitchen: boolean;
                            sku: string;
                            station: string | null;
                            /** @enum {string} */
                            stockPolicy: "NONE" | "TRACK";
                            timeBlockMinutes: number | null;
                            /** @enum {string} */
                            type: "SIMPLE" | "COMBO" | "COMPOSITE" | "WEIGHT" | "TIME";
                            /** @enum {string} */
                            unit: "UNIT" | "KG" | "TIME_BLOCK";
                            updatedAt: string;
                            version: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRODUCT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putProductsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    /** @default [] */
                    aliases?: string[];
                    barcode?: string | null;
                    categoryId: string;
                    /**
                     * @default [
                     *       "COUNTER",
                     *       "TABLE",
                     *       "DELIVERY",
                     *       "TAKEOUT",
                     *       "KIOSK",
                     *       "MARKETPLACE"
                     *     ]
                     */
                    channels?: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                    combo?: {
                        items: {
                            productId: string;
                            quantity: number;
                        }[];
                    } | null;
                    composite?: {
                        maxFractions: 2 | 3 | 4;
                        /** @enum {string} */
                        priceRule: "HIGHEST" | "AVERAGE";
                    } | null;
                    description?: string | null;
                    /** @default {} */
                    fiscal?: {
                        cest?: string | null;
                        cfop?: string | null;
                        ncm?: string | null;
                        taxGroup?: string | null;
                    };
                    id?: string;
                    name: string;
                    /** @default [] */
                    optionGroups?: {
                        id: string;
                        /**
                         * @default MODIFIER
                         * @enum {string}
                         */
                        kind?: "MODIFIER" | "FLAVOR" | "CHOICE";
                        maxChoices: number;
                        minChoices: number;
                        name: string;
                        options: {
                            id: string;
                            name: string;
                            /** @default 0 */
                            priceCents?: number;
                            productId?: string;
                        }[];
                    }[];
                    prepSeconds?: number | null;
                    priceCents: number;
                    /** @default true */
                    sendToKitchen?: boolean;
                    sku: string;
                    station?: string | null;
                    /**
                     * @default NONE
                     * @enum {string}
                     */
                    stockPolicy?: "NONE" | "TRACK";
                    timeBlockMinutes?: number | null;
                    /** @enum {string} */
                    type: "SIMPLE" | "COMBO" | "COMPOSITE" | "WEIGHT" | "TIME";
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            aliases: string[];
                            barcode: string | null;
                            categoryId: string;
                            channels: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                            combo: {
                                items: {
                                    productId: string;
                                    quantity: number;
                                }[];
                            } | null;
                            composite: {
                                maxFractions: number;
                                /** @enum {string} */
                                priceRule: "HIGHEST" | "AVERAGE";
                            } | null;
                            description: string | null;
                            fiscal: {
                                cest: string | null;
                                cfop: string | null;
                                ncm: string | null;
                                taxGroup: string | null;
                            };
                            id: string;
                            name: string;
                            optionGroups: {
                                id: string;
                                /** @enum {string} */
                                kind: "MODIFIER" | "FLAVOR" | "CHOICE";
                                maxChoices: number;
                                minChoices: number;
                                name: string;
                                options: {
                                    id: string;
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                }[];
                            }[];
                            photoUrl: string | null;
                            prepSeconds: number | null;
                            priceCents: number;
                            sendToKitchen: boolean;
                            sku: string;
                            station: string | null;
                            /** @enum {string} */
                            stockPolicy: "NONE" | "TRACK";
                            timeBlockMinutes: number | null;
                            /** @enum {string} */
                            type: "SIMPLE" | "COMBO" | "COMPOSITE" | "WEIGHT" | "TIME";
                            /** @enum {string} */
                            unit: "UNIT" | "KG" | "TIME_BLOCK";
                            updatedAt: string;
                            version: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRODUCT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description PRODUCT_BARCODE_TAKEN, PRODUCT_CHANGED */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, PRODUCT_NAME_NOT_PRINTABLE, PRODUCT_COMBO_ITEM_NOT_ALLOWED, PRODUCT_IS_COMBO_PART */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    deleteProductsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            aliases: string[];
                            barcode: string | null;
                            categoryId: string;
                            channels: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                            combo: {
                                items: {
                                    productId: string;
                                    quantity: number;
                                }[];
                            } | null;
                            composite: {
                                maxFractions: number;
                                /** @enum {string} */
                                priceRule: "HIGHEST" | "AVERAGE";
                            } | null;
                            description: string | null;
                            fiscal: {
                                cest: string | null;
                                cfop: string | null;
                                ncm: string | null;
                                taxGroup: string | null;
                            };
                            id: string;
                            name: string;
                            optionGroups: {
                                id: string;
                                /** @enum {string} */
                                kind: "MODIFIER" | "FLAVOR" | "CHOICE";
                                maxChoices: number;
                                minChoices: number;
                                name: string;
                                options: {
                                    id: string;
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                }[];
                            }[];
                            photoUrl: string | null;
                            prepSeconds: number | null;
                            priceCents: number;
                            sendToKitchen: boolean;
                            sku: string;
                            station: string | null;
                            /** @enum {string} */
                            stockPolicy: "NONE" | "TRACK";
                            timeBlockMinutes: number | null;
                            /** @enum {string} */
                            type: "SIMPLE" | "COMBO" | "COMPOSITE" | "WEIGHT" | "TIME";
                            /** @enum {string} */
                            unit: "UNIT" | "KG" | "TIME_BLOCK";
                            updatedAt: string;
                            version: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRODUCT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    patchProductsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    active?: boolean;
                    priceCents?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            aliases: string[];
                            barcode: string | null;
                            categoryId: string;
                            channels: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                            combo: {
                                items: {
                                    productId: string;
                                    quantity: number;
                                }[];
                            } | null;
                            composite: {
                                maxFractions: number;
                                /** @enum {string} */
                                priceRule: "HIGHEST" | "AVERAGE";
                            } | null;
                            description: string | null;
                            fiscal: {
                                cest: string | null;
                                cfop: string | null;
                                ncm: string | null;
                                taxGroup: string | null;
                            };
                            id: string;
                            name: string;
                            optionGroups: {
                                id: string;
                                /** @enum {string} */
                                kind: "MODIFIER" | "FLAVOR" | "CHOICE";
                                maxChoices: number;
                                minChoices: number;
                                name: string;
                                options: {
                                    id: string;
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                }[];
                            }[];
                            photoUrl: string | null;
                            prepSeconds: number | null;
                            priceCents: number;
                            sendToKitchen: boolean;
                            sku: string;
                            station: string | null;
                            /** @enum {string} */
                            stockPolicy: "NONE" | "TRACK";
                            timeBlockMinutes: number | null;
                            /** @enum {string} */
                            type: "SIMPLE" | "COMBO" | "COMPOSITE" | "WEIGHT" | "TIME";
                            /** @enum {string} */
                            unit: "UNIT" | "KG" | "TIME_BLOCK";
                            updatedAt: string;
                            version: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRODUCT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    putProductsByIdAliases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aliases: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            aliases: string[];
                            id: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRODUCT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    putProductsByIdPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            photoUrl: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRODUCT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description PRODUCT_PHOTO_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description PRODUCT_PHOTO_INVALID */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    deleteProductsByIdPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            photoUrl: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRODUCT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getProductsByBarcodeByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            aliases: string[];
                            barcode: string | null;
                            categoryId: string;
                            channels: ("COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE")[];
                            combo: {
                                items: {
                                    productId: string;
                                    quantity: number;
                                }[];
                            } | null;
                            composite: {
                                maxFractions: number;
                                /** @enum {string} */
                                priceRule: "HIGHEST" | "AVERAGE";
                            } | null;
                            description: string | null;
                            fiscal: {
                                cest: string | null;
                                cfop: string | null;
                                ncm: string | null;
                                taxGroup: string | null;
                            };
                            id: string;
                            name: string;
                            optionGroups: {
                                id: string;
                                /** @enum {string} */
                                kind: "MODIFIER" | "FLAVOR" | "CHOICE";
                                maxChoices: number;
                                minChoices: number;
                                name: string;
                                options: {
                                    id: string;
                                    name: string;
                                    priceCents: number;
                                    productId?: string;
                                }[];
                            }[];
                            photoUrl: string | null;
                            prepSeconds: number | null;
                            priceCents: number;
                            sendToKitchen: boolean;
                            sku: string;
                            station: string | null;
                            /** @enum {string} */
                            stockPolicy: "NONE" | "TRACK";
                            timeBlockMinutes: number | null;
                            /** @enum {string} */
                            type: "SIMPLE" | "COMBO" | "COMPOSITE" | "WEIGHT" | "TIME";
                            /** @enum {string} */
                            unit: "UNIT" | "KG" | "TIME_BLOCK";
                            updatedAt: string;
                            version: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, BARCODE_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description PRODUCT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description PRODUCT_UNAVAILABLE */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getServiceRestarts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            appliance: boolean;
                            subsystems: ("print-queue" | "replication" | "fiscal-emitter" | "appliance")[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postServiceRestarts: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    target: "print-queue" | "replication" | "fiscal-emitter" | "appliance";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restarting: boolean;
                            /** @enum {string} */
                            target: "print-queue" | "replication" | "fiscal-emitter" | "appliance";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description SERVICE_SUBSYSTEM_NOT_RUNNING */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description RESTART_NOT_SUPPORTED, SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postStockAvailability: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        components?: {
                            productId: string;
                            quantity: number;
                        }[];
                        productId: string;
                        quantity: number;
                        /**
                         * @default UNIT
                         * @enum {string}
                         */
                        unit?: "UNIT" | "GRAM";
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            blocked: {
                                availableQuantity: number;
                                name: string;
                                /** @enum {string} */
                                policy: "BLOCK" | "WARN";
                                requiredQuantity: number;
                                stockItemId: string;
                            }[];
                            ok: boolean;
                            warnings: {
                                availableQuantity: number;
                                name: string;
                                /** @enum {string} */
                                policy: "BLOCK" | "WARN";
                                requiredQuantity: number;
                                stockItemId: string;
                            }[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postStockCounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    countedAt?: string;
                    lines: {
                        countedQuantity: number;
                        stockItemId: string;
                    }[];
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            adjustments: {
                                before: number;
                                counted: number;
                                delta: number;
                                name: string;
                                stockItemId: string;
                            }[];
                            countedAt: string;
                            countId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description STOCK_ITEM_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, STOCK_COUNT_IN_FUTURE, STOCK_COUNT_BEFORE_LAST_COUNT, STOCK_COUNT_BEFORE_OPENING_BALANCE */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getStockItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            availabilityPolicy: "BLOCK" | "WARN";
                            available: number;
                            id: string;
                            /** @enum {string} */
                            kind: "PRODUCT" | "INGREDIENT";
                            maxLevel: number | null;
                            minLevel: number;
                            name: string;
                            onHand: number;
                            productId: string | null;
                            reserved: number;
                            /** @enum {string} */
                            unit: "MILLIUNIT" | "GRAM" | "ML";
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postStockItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    availabilityPolicy?: "BLOCK" | "WARN";
                    initialQuantity?: number;
                    /** @enum {string} */
                    kind: "PRODUCT" | "INGREDIENT";
                    maxLevel?: number | null;
                    minLevel?: number;
                    name: string;
                    productId?: string | null;
                    /** @enum {string} */
                    unit: "MILLIUNIT" | "GRAM" | "ML";
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            availabilityPolicy: "BLOCK" | "WARN";
                            available: number;
                            id: string;
                            /** @enum {string} */
                            kind: "PRODUCT" | "INGREDIENT";
                            maxLevel: number | null;
                            minLevel: number;
                            name: string;
                            onHand: number;
                            productId: string | null;
                            reserved: number;
                            /** @enum {string} */
                            unit: "MILLIUNIT" | "GRAM" | "ML";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description STOCK_PRODUCT_TAKEN */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, STOCK_PRODUCT_SOLD_BY_UNIT, STOCK_PRODUCT_SOLD_BY_WEIGHT */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getStockItemsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            availabilityPolicy: "BLOCK" | "WARN";
                            available: number;
                            id: string;
                            /** @enum {string} */
                            kind: "PRODUCT" | "INGREDIENT";
                            maxLevel: number | null;
                            minLevel: number;
                            movements: {
                                createdAt: string;
                                id: string;
                                onHandAfter: number;
                                onHandDelta: number;
                                reason: string | null;
                                reference: string | null;
                                reservedAfter: number;
                                reservedDelta: number;
                                stockItemId: string;
                                /** @enum {string} */
                                type: "SALE" | "RESERVATION" | "RELEASE" | "PURCHASE" | "ADJUSTMENT" | "LOSS" | "TRANSFER";
                            }[];
                            name: string;
                            onHand: number;
                            productId: string | null;
                            reserved: number;
                            /** @enum {string} */
                            unit: "MILLIUNIT" | "GRAM" | "ML";
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description STOCK_ITEM_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getStockItemsByIdMovements: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createdAt: string;
                            id: string;
                            onHandAfter: number;
                            onHandDelta: number;
                            reason: string | null;
                            reference: string | null;
                            reservedAfter: number;
                            reservedDelta: number;
                            stockItemId: string;
                            /** @enum {string} */
                            type: "SALE" | "RESERVATION" | "RELEASE" | "PURCHASE" | "ADJUSTMENT" | "LOSS" | "TRANSFER";
                        }[];
                        error: null;
                        metadata?: components["schemas"]["PageMetadata"];
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description STOCK_ITEM_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postStockMovements: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    quantity: number;
                    reason?: string | null;
                    stockItemId: string;
                    /** @constant */
                    type: "PURCHASE";
                } | {
                    quantity: number;
                    reason: string;
                    stockItemId: string;
                    /** @constant */
                    type: "LOSS";
                } | {
                    delta: number;
                    reason: string;
                    stockItemId: string;
                    /** @constant */
                    type: "ADJUSTMENT";
                } | {
                    quantity: number;
                    reason?: string | null;
                    stockItemId: string;
                    toStockItemId: string;
                    /** @constant */
                    type: "TRANSFER";
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            availabilityPolicy: "BLOCK" | "WARN";
                            available: number;
                            id: string;
                            /** @enum {string} */
                            kind: "PRODUCT" | "INGREDIENT";
                            maxLevel: number | null;
                            minLevel: number;
                            name: string;
                            onHand: number;
                            productId: string | null;
                            reserved: number;
                            /** @enum {string} */
                            unit: "MILLIUNIT" | "GRAM" | "ML";
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description STOCK_ITEM_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, STOCK_INSUFFICIENT, STOCK_TRANSFER_TARGET */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    putStockRecipesByProductId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lines: {
                        quantity: number;
                        stockItemId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            lines: {
                                quantity: number;
                                stockItemId: string;
                            }[];
                            productId: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description STOCK_ITEM_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getStore: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @default null */
                            address: {
                                cep: string;
                                city: string;
                                complement?: string;
                                district: string;
                                number: string;
                                street: string;
                                uf: string;
                            } | null;
                            cnpj: string | null;
                            ie: string | null;
                            /** @default null */
                            legalName: string | null;
                            name: string;
                            /** @default null */
                            openingHours: string | null;
                            /** @default null */
                            phone: string | null;
                            receiptFooter: string[];
                            receiptHeader: string[];
                            /** @default 0 */
                            serviceChargeBp: number;
                            timeZone: string;
                            updatedAt: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    putStore: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    address?: {
                        cep: string;
                        city: string;
                        complement?: string;
                        district: string;
                        number: string;
                        street: string;
                        uf: string;
                    } | null;
                    cnpj?: string | null;
                    ie?: string | null;
                    /** @default null */
                    legalName?: string | null;
                    name: string;
                    /** @default null */
                    openingHours?: string | null;
                    /** @default null */
                    phone?: string | null;
                    receiptFooter?: string[];
                    receiptHeader?: string[];
                    /** @default 0 */
                    serviceChargeBp?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @default null */
                            address: {
                                cep: string;
                                city: string;
                                complement?: string;
                                district: string;
                                number: string;
                                street: string;
                                uf: string;
                            } | null;
                            cnpj: string | null;
                            ie: string | null;
                            /** @default null */
                            legalName: string | null;
                            name: string;
                            /** @default null */
                            openingHours: string | null;
                            /** @default null */
                            phone: string | null;
                            receiptFooter: string[];
                            receiptHeader: string[];
                            /** @default 0 */
                            serviceChargeBp: number;
                            timeZone: string;
                            updatedAt: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getSystemUpdates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            detail?: string;
                            runningVersion?: string;
                            sha256?: string;
                            sizeBytes?: number;
                            slot?: string;
                            /** @enum {string} */
                            state: "idle" | "queued" | "installing" | "installed" | "running" | "rolled-back" | "failed";
                            supported: boolean;
                            updatedAt?: string;
                            version?: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postSystemUpdates: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            detail?: string;
                            runningVersion?: string;
                            sha256?: string;
                            sizeBytes?: number;
                            slot?: string;
                            /** @enum {string} */
                            state: "idle" | "queued" | "installing" | "installed" | "running" | "rolled-back" | "failed";
                            supported: boolean;
                            updatedAt?: string;
                            version?: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description SYSTEM_UPDATE_IN_PROGRESS */
            409: components["responses"]["Error"];
            /** @description SYSTEM_UPDATE_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description SYSTEM_UPDATE_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description SYSTEM_UPDATE_NOT_A_BUNDLE */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SYSTEM_UPDATE_NOT_SUPPORTED, SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description SYSTEM_UPDATE_NO_SPACE */
            507: components["responses"]["Error"];
        };
    };
    getTableLayouts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            name: string;
                            sections: {
                                id: string;
                                layoutId: string;
                                name: string;
                                sortOrder: number;
                                tables: {
                                    capacity: number;
                                    currentTabId: string | null;
                                    gridCol?: number | null;
                                    gridRow?: number | null;
                                    id: string;
                                    label: string;
                                    seats: number;
                                    sectionId: string;
                                    sortOrder: number;
                                    /** @enum {string} */
                                    status: "FREE" | "OCCUPIED" | "RESERVED" | "CLOSING";
                                    updatedAt: string;
                                    waiterId: string | null;
                                }[];
                            }[];
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postTableLayouts: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: string;
                    name: string;
                    sections: {
                        name: string;
                        tables: {
                            capacity: number;
                            id?: string;
                            label: string;
                            seats?: number;
                            waiterId?: string | null;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            name: string;
                            sections: {
                                id: string;
                                layoutId: string;
                                name: string;
                                sortOrder: number;
                                tables: {
                                    capacity: number;
                                    currentTabId: string | null;
                                    gridCol?: number | null;
                                    gridRow?: number | null;
                                    id: string;
                                    label: string;
                                    seats: number;
                                    sectionId: string;
                                    sortOrder: number;
                                    /** @enum {string} */
                                    status: "FREE" | "OCCUPIED" | "RESERVED" | "CLOSING";
                                    updatedAt: string;
                                    waiterId: string | null;
                                }[];
                            }[];
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description TABLE_LAYOUT_TAKEN, TABLE_ID_TAKEN, TABLE_LABEL_TAKEN */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postTableLayoutsByIdSections: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            layoutId: string;
                            name: string;
                            sortOrder: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description TABLE_LAYOUT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getTables: {
        parameters: {
            query?: {
                sectionId?: string;
                status?: "FREE" | "OCCUPIED" | "RESERVED" | "CLOSING";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            capacity: number;
                            currentTabId: string | null;
                            gridCol: number | null;
                            gridRow: number | null;
                            id: string;
                            label: string;
                            seats: number;
                            sectionId: string;
                            sortOrder: number;
                            /** @enum {string} */
                            status: "FREE" | "OCCUPIED" | "RESERVED" | "CLOSING";
                            updatedAt: string;
                            waiterId: string | null;
                        }[];
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postTables: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    capacity: number;
                    gridCol: number;
                    gridRow: number;
                    label: string;
                    sectionId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            capacity: number;
                            currentTabId: string | null;
                            gridCol: number | null;
                            gridRow: number | null;
                            id: string;
                            label: string;
                            seats: number;
                            sectionId: string;
                            sortOrder: number;
                            /** @enum {string} */
                            status: "FREE" | "OCCUPIED" | "RESERVED" | "CLOSING";
                            updatedAt: string;
                            waiterId: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description TABLE_SECTION_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description TABLE_LABEL_TAKEN, TABLE_CELL_TAKEN */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, TABLE_CELL_OUTSIDE_GRID */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getTablesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            capacity: number;
                            currentTabId: string | null;
                            gridCol: number | null;
                            gridRow: number | null;
                            id: string;
                            label: string;
                            seats: number;
                            sectionId: string;
                            sortOrder: number;
                            /** @enum {string} */
                            status: "FREE" | "OCCUPIED" | "RESERVED" | "CLOSING";
                            updatedAt: string;
                            waiterId: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description TABLE_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    patchTablesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    capacity?: number;
                    label?: string;
                    seats?: number;
                    waiterId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            capacity: number;
                            currentTabId: string | null;
                            gridCol: number | null;
                            gridRow: number | null;
                            id: string;
                            label: string;
                            seats: number;
                            sectionId: string;
                            sortOrder: number;
                            /** @enum {string} */
                            status: "FREE" | "OCCUPIED" | "RESERVED" | "CLOSING";
                            updatedAt: string;
                            waiterId: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description TABLE_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    putTablesByIdPlacement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    gridCol: number;
                    gridRow: number;
                    sectionId?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            capacity: number;
                            currentTabId: string | null;
                            gridCol: number | null;
                            gridRow: number | null;
                            id: string;
                            label: string;
                            seats: number;
                            sectionId: string;
                            sortOrder: number;
                            /** @enum {string} */
                            status: "FREE" | "OCCUPIED" | "RESERVED" | "CLOSING";
                            updatedAt: string;
                            waiterId: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description TABLE_NOT_FOUND, TABLE_SECTION_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description TABLE_CELL_TAKEN */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, TABLE_CELL_OUTSIDE_GRID */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postTablesByIdReservation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reserved: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            capacity: number;
                            currentTabId: string | null;
                            gridCol: number | null;
                            gridRow: number | null;
                            id: string;
                            label: string;
                            seats: number;
                            sectionId: string;
                            sortOrder: number;
                            /** @enum {string} */
                            status: "FREE" | "OCCUPIED" | "RESERVED" | "CLOSING";
                            updatedAt: string;
                            waiterId: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description TABLE_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postTablesByIdTab: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    guests?: number | null;
                    waiterId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            closedAt: string | null;
                            guests: number | null;
                            id: string;
                            lineTables: {
                                [key: string]: string;
                            };
                            mergedInto: string | null;
                            openedAt: string;
                            orderIds: string[];
                            orders: {
                                /** Format: date */
                                businessDate: string;
                                businessDayId: string | null;
                                cancelReason: string | null;
                                /** @enum {string} */
                                channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                                confirmedAt: string | null;
                                consumerTaxId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                customerId: string | null;
                                deliveryFeeCents: number;
                                discountCents: number;
                                id: string;
                                items: {
                                    appliedRules: string[];
                                    categoryId: string;
                                    components: {
                                        categoryId: string;
                                        name: string;
                                        prepSeconds: number;
                                        productId: string;
                                        quantity: number;
                                        station: string | null;
                                    }[];
                                    discountCents: number;
                                    grossCents: number;
                                    itemId: string;
                                    name: string;
                                    notes: string | null;
                                    options: {
                                        name: string;
                                        priceCents: number;
                                        productId?: string;
                                        quantity?: number;
                                    }[];
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    round: number;
                                    seat: number | null;
                                    station: string | null;
                                    /** @enum {string} */
                                    status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                    totalCents: number;
                                    /** @enum {string} */
                                    unit: "UNIT" | "GRAM";
                                    unitPriceCents: number;
                                }[];
                                manualDiscountCents: number;
                                manualDiscountReason: string | null;
                                notes: string | null;
                                number: number;
                                paidAt: string | null;
                                /** @enum {string} */
                                status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                                subtotalCents: number;
                                tableId: string | null;
                                totalCents: number;
                                /** Format: date-time */
                                updatedAt: string;
                                writeOff: {
                                    amountCents: number;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    kind: "COURTESY" | "LOSS";
                                    managerId: string | null;
                                    reason: string;
                                } | null;
                            }[];
                            paidCents: number;
                            primaryOrderId: string;
                            serviceChargeBp: number;
                            serviceChargeCents: number;
                            serviceChargePaidCents: number;
                            serviceChargeWaived: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "CLOSING" | "CLOSED" | "MERGED";
                            tableIds: string[];
                            totalCents: number;
                            waiterId: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description TABLE_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getTabsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            closedAt: string | null;
                            guests: number | null;
                            id: string;
                            lineTables: {
                                [key: string]: string;
                            };
                            mergedInto: string | null;
                            openedAt: string;
                            orderIds: string[];
                            orders: {
                                /** Format: date */
                                businessDate: string;
                                businessDayId: string | null;
                                cancelReason: string | null;
                                /** @enum {string} */
                                channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                                confirmedAt: string | null;
                                consumerTaxId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                customerId: string | null;
                                deliveryFeeCents: number;
                                discountCents: number;
                                id: string;
                                items: {
                                    appliedRules: string[];
                                    categoryId: string;
                                    components: {
                                        categoryId: string;
                                        name: string;
                                        prepSeconds: number;
                                        productId: string;
                                        quantity: number;
                                        station: string | null;
                                    }[];
                                    discountCents: number;
                                    grossCents: number;
                                    itemId: string;
                                    name: string;
                                    notes: string | null;
                                    options: {
                                        name: string;
                                        priceCents: number;
                                        productId?: string;
                                        quantity?: number;
                                    }[];
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    round: number;
                                    seat: number | null;
                                    station: string | null;
                                    /** @enum {string} */
                                    status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                    totalCents: number;
                                    /** @enum {string} */
                                    unit: "UNIT" | "GRAM";
                                    unitPriceCents: number;
                                }[];
                                manualDiscountCents: number;
                                manualDiscountReason: string | null;
                                notes: string | null;
                                number: number;
                                paidAt: string | null;
                                /** @enum {string} */
                                status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                                subtotalCents: number;
                                tableId: string | null;
                                totalCents: number;
                                /** Format: date-time */
                                updatedAt: string;
                                writeOff: {
                                    amountCents: number;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    kind: "COURTESY" | "LOSS";
                                    managerId: string | null;
                                    reason: string;
                                } | null;
                            }[];
                            paidCents: number;
                            primaryOrderId: string;
                            serviceChargeBp: number;
                            serviceChargeCents: number;
                            serviceChargePaidCents: number;
                            serviceChargeWaived: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "CLOSING" | "CLOSED" | "MERGED";
                            tableIds: string[];
                            totalCents: number;
                            waiterId: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postTabsByIdCardPayments: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountCents?: number;
                    installments?: number;
                    /** @enum {string} */
                    method: "CREDIT" | "DEBIT";
                    payerLabel?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            balance: {
                                changeCents: number;
                                orderId: string;
                                paidCents: number;
                                pendingCents: number;
                                remainingCents: number;
                                totalCents: number;
                            };
                            chargedCents: number;
                            order: {
                                id: string;
                                paidAt: string | null;
                                status: string;
                            };
                            payment: {
                                amountCents: number;
                                /** Format: date */
                                businessDate: string;
                                businessDayId: string;
                                capturedAt: string | null;
                                cashierSessionId: string | null;
                                changeCents: number;
                                /** Format: date-time */
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** @enum {string} */
                                method: "CASH" | "CREDIT" | "DEBIT" | "VOUCHER" | "PIX" | "OTHER";
                                operatorId: string | null;
                                orderId: string;
                                payerLabel: string | null;
                                pix: {
                                    qrImageBase64: string | null;
                                    qrPayload: string;
                                } | null;
                                /** @enum {string} */
                                provider: "CASH" | "TEF" | "ASAAS" | "MERCADO_PAGO" | "MANUAL" | "CARD_MACHINE" | "MARKETPLACE";
                                providerRef: string | null;
                                refundedCents: number;
                                /** @enum {string} */
                                status: "PENDING" | "CAPTURED" | "CANCELLED";
                                tenderedCents: number;
                            };
                            serviceChargeCents: number;
                            tab: {
                                id: string;
                                /** @enum {string} */
                                status: "OPEN" | "CLOSING" | "CLOSED" | "MERGED";
                            };
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description TAB_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, TAB_NOT_OPEN, TAB_PART_ALREADY_PAID, PAYMENT_ORDER_ALREADY_PAID, PAYMENT_EXCEEDS_BALANCE, PAYMENT_CARD_DECLINED, PAYMENT_CARD_TIMEOUT, PAYMENT_CARD_PARTIAL, PAYMENT_TEF_NOT_CONFIGURED, SERVICE_CHARGE_CHANGED, CASHIER_SESSION_CLOSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postTabsByIdClose: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            closedAt: string | null;
                            guests: number | null;
                            id: string;
                            lineTables: {
                                [key: string]: string;
                            };
                            mergedInto: string | null;
                            openedAt: string;
                            orderIds: string[];
                            orders: {
                                /** Format: date */
                                businessDate: string;
                                businessDayId: string | null;
                                cancelReason: string | null;
                                /** @enum {string} */
                                channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                                confirmedAt: string | null;
                                consumerTaxId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                customerId: string | null;
                                deliveryFeeCents: number;
                                discountCents: number;
                                id: string;
                                items: {
                                    appliedRules: string[];
                                    categoryId: string;
                                    components: {
                                        categoryId: string;
                                        name: string;
                                        prepSeconds: number;
                                        productId: string;
                                        quantity: number;
                                        station: string | null;
                                    }[];
                                    discountCents: number;
                                    grossCents: number;
                                    itemId: string;
                                    name: string;
                                    notes: string | null;
                                    options: {
                                        name: string;
                                        priceCents: number;
                                        productId?: string;
                                        quantity?: number;
                                    }[];
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    round: number;
                                    seat: number | null;
                                    station: string | null;
                                    /** @enum {string} */
                                    status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                    totalCents: number;
                                    /** @enum {string} */
                                    unit: "UNIT" | "GRAM";
                                    unitPriceCents: number;
                                }[];
                                manualDiscountCents: number;
                                manualDiscountReason: string | null;
                                notes: string | null;
                                number: number;
                                paidAt: string | null;
                                /** @enum {string} */
                                status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                                subtotalCents: number;
                                tableId: string | null;
                                totalCents: number;
                                /** Format: date-time */
                                updatedAt: string;
                                writeOff: {
                                    amountCents: number;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    kind: "COURTESY" | "LOSS";
                                    managerId: string | null;
                                    reason: string;
                                } | null;
                            }[];
                            paidCents: number;
                            primaryOrderId: string;
                            serviceChargeBp: number;
                            serviceChargeCents: number;
                            serviceChargePaidCents: number;
                            serviceChargeWaived: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "CLOSING" | "CLOSED" | "MERGED";
                            tableIds: string[];
                            totalCents: number;
                            waiterId: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postTabsByIdMerge: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tableId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            closedAt: string | null;
                            guests: number | null;
                            id: string;
                            lineTables: {
                                [key: string]: string;
                            };
                            mergedInto: string | null;
                            openedAt: string;
                            orderIds: string[];
                            orders: {
                                /** Format: date */
                                businessDate: string;
                                businessDayId: string | null;
                                cancelReason: string | null;
                                /** @enum {string} */
                                channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                                confirmedAt: string | null;
                                consumerTaxId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                customerId: string | null;
                                deliveryFeeCents: number;
                                discountCents: number;
                                id: string;
                                items: {
                                    appliedRules: string[];
                                    categoryId: string;
                                    components: {
                                        categoryId: string;
                                        name: string;
                                        prepSeconds: number;
                                        productId: string;
                                        quantity: number;
                                        station: string | null;
                                    }[];
                                    discountCents: number;
                                    grossCents: number;
                                    itemId: string;
                                    name: string;
                                    notes: string | null;
                                    options: {
                                        name: string;
                                        priceCents: number;
                                        productId?: string;
                                        quantity?: number;
                                    }[];
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    round: number;
                                    seat: number | null;
                                    station: string | null;
                                    /** @enum {string} */
                                    status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                    totalCents: number;
                                    /** @enum {string} */
                                    unit: "UNIT" | "GRAM";
                                    unitPriceCents: number;
                                }[];
                                manualDiscountCents: number;
                                manualDiscountReason: string | null;
                                notes: string | null;
                                number: number;
                                paidAt: string | null;
                                /** @enum {string} */
                                status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                                subtotalCents: number;
                                tableId: string | null;
                                totalCents: number;
                                /** Format: date-time */
                                updatedAt: string;
                                writeOff: {
                                    amountCents: number;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    kind: "COURTESY" | "LOSS";
                                    managerId: string | null;
                                    reason: string;
                                } | null;
                            }[];
                            paidCents: number;
                            primaryOrderId: string;
                            serviceChargeBp: number;
                            serviceChargeCents: number;
                            serviceChargePaidCents: number;
                            serviceChargeWaived: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "CLOSING" | "CLOSED" | "MERGED";
                            tableIds: string[];
                            totalCents: number;
                            waiterId: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postTabsByIdRequestBill: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            closedAt: string | null;
                            guests: number | null;
                            id: string;
                            mergedInto: string | null;
                            openedAt: string;
                            orderIds: string[];
                            primaryOrderId: string;
                            serviceChargeWaived: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "CLOSING" | "CLOSED" | "MERGED";
                            tableIds: string[];
                            waiterId: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postTabsByIdRounds: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        notes?: string | null;
                        /** @default [] */
                        options?: string[];
                        productId: string;
                        quantity: number;
                        seat?: number | null;
                    }[];
                    tableId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            kitchenTickets: {
                                kind: string;
                                station: string;
                                ticketId: string;
                            }[];
                            order: {
                                /** Format: date */
                                businessDate: string;
                                businessDayId: string | null;
                                cancelReason: string | null;
                                /** @enum {string} */
                                channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                                confirmedAt: string | null;
                                consumerTaxId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                customerId: string | null;
                                deliveryFeeCents: number;
                                discountCents: number;
                                id: string;
                                items: {
                                    appliedRules: string[];
                                    categoryId: string;
                                    components: {
                                        categoryId: string;
                                        name: string;
                                        prepSeconds: number;
                                        productId: string;
                                        quantity: number;
                                        station: string | null;
                                    }[];
                                    discountCents: number;
                                    grossCents: number;
                                    itemId: string;
                                    name: string;
                                    notes: string | null;
                                    options: {
                                        name: string;
                                        priceCents: number;
                                        productId?: string;
                                        quantity?: number;
                                    }[];
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    round: number;
                                    seat: number | null;
                                    station: string | null;
                                    /** @enum {string} */
                                    status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                    totalCents: number;
                                    /** @enum {string} */
                                    unit: "UNIT" | "GRAM";
                                    unitPriceCents: number;
                                }[];
                                manualDiscountCents: number;
                                manualDiscountReason: string | null;
                                notes: string | null;
                                number: number;
                                paidAt: string | null;
                                /** @enum {string} */
                                status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                                subtotalCents: number;
                                tableId: string | null;
                                totalCents: number;
                                /** Format: date-time */
                                updatedAt: string;
                                writeOff: {
                                    amountCents: number;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    kind: "COURTESY" | "LOSS";
                                    managerId: string | null;
                                    reason: string;
                                } | null;
                            };
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, ORDER_ALREADY_PAID */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postTabsByIdServiceCharge: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    waived: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            closedAt: string | null;
                            guests: number | null;
                            id: string;
                            lineTables: {
                                [key: string]: string;
                            };
                            mergedInto: string | null;
                            openedAt: string;
                            orderIds: string[];
                            orders: {
                                /** Format: date */
                                businessDate: string;
                                businessDayId: string | null;
                                cancelReason: string | null;
                                /** @enum {string} */
                                channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                                confirmedAt: string | null;
                                consumerTaxId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                customerId: string | null;
                                deliveryFeeCents: number;
                                discountCents: number;
                                id: string;
                                items: {
                                    appliedRules: string[];
                                    categoryId: string;
                                    components: {
                                        categoryId: string;
                                        name: string;
                                        prepSeconds: number;
                                        productId: string;
                                        quantity: number;
                                        station: string | null;
                                    }[];
                                    discountCents: number;
                                    grossCents: number;
                                    itemId: string;
                                    name: string;
                                    notes: string | null;
                                    options: {
                                        name: string;
                                        priceCents: number;
                                        productId?: string;
                                        quantity?: number;
                                    }[];
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    round: number;
                                    seat: number | null;
                                    station: string | null;
                                    /** @enum {string} */
                                    status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                    totalCents: number;
                                    /** @enum {string} */
                                    unit: "UNIT" | "GRAM";
                                    unitPriceCents: number;
                                }[];
                                manualDiscountCents: number;
                                manualDiscountReason: string | null;
                                notes: string | null;
                                number: number;
                                paidAt: string | null;
                                /** @enum {string} */
                                status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                                subtotalCents: number;
                                tableId: string | null;
                                totalCents: number;
                                /** Format: date-time */
                                updatedAt: string;
                                writeOff: {
                                    amountCents: number;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    kind: "COURTESY" | "LOSS";
                                    managerId: string | null;
                                    reason: string;
                                } | null;
                            }[];
                            paidCents: number;
                            primaryOrderId: string;
                            serviceChargeBp: number;
                            serviceChargeCents: number;
                            serviceChargePaidCents: number;
                            serviceChargeWaived: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "CLOSING" | "CLOSED" | "MERGED";
                            tableIds: string[];
                            totalCents: number;
                            waiterId: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description TAB_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, TAB_NOT_OPEN */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postTabsByIdSplit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @constant */
                    method: "EQUAL";
                    parts: number;
                } | {
                    /** @constant */
                    method: "SEAT";
                } | {
                    groups: string[][];
                    /** @constant */
                    method: "ITEMS";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            parts: {
                                amountCents: number;
                                itemIds: string[];
                                label: string;
                                serviceChargeCents: number;
                            }[];
                            serviceChargeCents: number;
                            totalCents: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postTabsByIdTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fromTableId?: string | null;
                    toTableId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            closedAt: string | null;
                            guests: number | null;
                            id: string;
                            lineTables: {
                                [key: string]: string;
                            };
                            mergedInto: string | null;
                            openedAt: string;
                            orderIds: string[];
                            orders: {
                                /** Format: date */
                                businessDate: string;
                                businessDayId: string | null;
                                cancelReason: string | null;
                                /** @enum {string} */
                                channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                                confirmedAt: string | null;
                                consumerTaxId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                customerId: string | null;
                                deliveryFeeCents: number;
                                discountCents: number;
                                id: string;
                                items: {
                                    appliedRules: string[];
                                    categoryId: string;
                                    components: {
                                        categoryId: string;
                                        name: string;
                                        prepSeconds: number;
                                        productId: string;
                                        quantity: number;
                                        station: string | null;
                                    }[];
                                    discountCents: number;
                                    grossCents: number;
                                    itemId: string;
                                    name: string;
                                    notes: string | null;
                                    options: {
                                        name: string;
                                        priceCents: number;
                                        productId?: string;
                                        quantity?: number;
                                    }[];
                                    prepSeconds: number;
                                    productId: string;
                                    quantity: number;
                                    round: number;
                                    seat: number | null;
                                    station: string | null;
                                    /** @enum {string} */
                                    status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                    totalCents: number;
                                    /** @enum {string} */
                                    unit: "UNIT" | "GRAM";
                                    unitPriceCents: number;
                                }[];
                                manualDiscountCents: number;
                                manualDiscountReason: string | null;
                                notes: string | null;
                                number: number;
                                paidAt: string | null;
                                /** @enum {string} */
                                status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                                subtotalCents: number;
                                tableId: string | null;
                                totalCents: number;
                                /** Format: date-time */
                                updatedAt: string;
                                writeOff: {
                                    amountCents: number;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    kind: "COURTESY" | "LOSS";
                                    managerId: string | null;
                                    reason: string;
                                } | null;
                            }[];
                            paidCents: number;
                            primaryOrderId: string;
                            serviceChargeBp: number;
                            serviceChargeCents: number;
                            serviceChargePaidCents: number;
                            serviceChargeWaived: boolean;
                            /** @enum {string} */
                            status: "OPEN" | "CLOSING" | "CLOSED" | "MERGED";
                            tableIds: string[];
                            totalCents: number;
                            waiterId: string | null;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postTabsByIdTransferItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    itemIds: string[];
                    toTableId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            from: {
                                closedAt: string | null;
                                guests: number | null;
                                id: string;
                                lineTables: {
                                    [key: string]: string;
                                };
                                mergedInto: string | null;
                                openedAt: string;
                                orderIds: string[];
                                orders: {
                                    /** Format: date */
                                    businessDate: string;
                                    businessDayId: string | null;
                                    cancelReason: string | null;
                                    /** @enum {string} */
                                    channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                                    confirmedAt: string | null;
                                    consumerTaxId: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdBy: string | null;
                                    customerId: string | null;
                                    deliveryFeeCents: number;
                                    discountCents: number;
                                    id: string;
                                    items: {
                                        appliedRules: string[];
                                        categoryId: string;
                                        components: {
                                            categoryId: string;
                                            name: string;
                                            prepSeconds: number;
                                            productId: string;
                                            quantity: number;
                                            station: string | null;
                                        }[];
                                        discountCents: number;
                                        grossCents: number;
                                        itemId: string;
                                        name: string;
                                        notes: string | null;
                                        options: {
                                            name: string;
                                            priceCents: number;
                                            productId?: string;
                                            quantity?: number;
                                        }[];
                                        prepSeconds: number;
                                        productId: string;
                                        quantity: number;
                                        round: number;
                                        seat: number | null;
                                        station: string | null;
                                        /** @enum {string} */
                                        status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                        totalCents: number;
                                        /** @enum {string} */
                                        unit: "UNIT" | "GRAM";
                                        unitPriceCents: number;
                                    }[];
                                    manualDiscountCents: number;
                                    manualDiscountReason: string | null;
                                    notes: string | null;
                                    number: number;
                                    paidAt: string | null;
                                    /** @enum {string} */
                                    status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                                    subtotalCents: number;
                                    tableId: string | null;
                                    totalCents: number;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    writeOff: {
                                        amountCents: number;
                                        /** Format: date-time */
                                        at: string;
                                        /** @enum {string} */
                                        kind: "COURTESY" | "LOSS";
                                        managerId: string | null;
                                        reason: string;
                                    } | null;
                                }[];
                                paidCents: number;
                                primaryOrderId: string;
                                serviceChargeBp: number;
                                serviceChargeCents: number;
                                serviceChargePaidCents: number;
                                serviceChargeWaived: boolean;
                                /** @enum {string} */
                                status: "OPEN" | "CLOSING" | "CLOSED" | "MERGED";
                                tableIds: string[];
                                totalCents: number;
                                waiterId: string | null;
                            };
                            to: {
                                closedAt: string | null;
                                guests: number | null;
                                id: string;
                                lineTables: {
                                    [key: string]: string;
                                };
                                mergedInto: string | null;
                                openedAt: string;
                                orderIds: string[];
                                orders: {
                                    /** Format: date */
                                    businessDate: string;
                                    businessDayId: string | null;
                                    cancelReason: string | null;
                                    /** @enum {string} */
                                    channel: "COUNTER" | "TABLE" | "DELIVERY" | "TAKEOUT" | "KIOSK" | "MARKETPLACE" | "WHATSAPP" | "INSTAGRAM" | "MESSENGER";
                                    confirmedAt: string | null;
                                    consumerTaxId: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdBy: string | null;
                                    customerId: string | null;
                                    deliveryFeeCents: number;
                                    discountCents: number;
                                    id: string;
                                    items: {
                                        appliedRules: string[];
                                        categoryId: string;
                                        components: {
                                            categoryId: string;
                                            name: string;
                                            prepSeconds: number;
                                            productId: string;
                                            quantity: number;
                                            station: string | null;
                                        }[];
                                        discountCents: number;
                                        grossCents: number;
                                        itemId: string;
                                        name: string;
                                        notes: string | null;
                                        options: {
                                            name: string;
                                            priceCents: number;
                                            productId?: string;
                                            quantity?: number;
                                        }[];
                                        prepSeconds: number;
                                        productId: string;
                                        quantity: number;
                                        round: number;
                                        seat: number | null;
                                        station: string | null;
                                        /** @enum {string} */
                                        status: "PENDING" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERED" | "CANCELLED";
                                        totalCents: number;
                                        /** @enum {string} */
                                        unit: "UNIT" | "GRAM";
                                        unitPriceCents: number;
                                    }[];
                                    manualDiscountCents: number;
                                    manualDiscountReason: string | null;
                                    notes: string | null;
                                    number: number;
                                    paidAt: string | null;
                                    /** @enum {string} */
                                    status: "DRAFT" | "CONFIRMED" | "PREPARING" | "READY" | "DELIVERING" | "COMPLETED" | "CANCELLED";
                                    subtotalCents: number;
                                    tableId: string | null;
                                    totalCents: number;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    writeOff: {
                                        amountCents: number;
                                        /** Format: date-time */
                                        at: string;
                                        /** @enum {string} */
                                        kind: "COURTESY" | "LOSS";
                                        managerId: string | null;
                                        reason: string;
                                    } | null;
                                }[];
                                paidCents: number;
                                primaryOrderId: string;
                                serviceChargeBp: number;
                                serviceChargeCents: number;
                                serviceChargePaidCents: number;
                                serviceChargeWaived: boolean;
                                /** @enum {string} */
                                status: "OPEN" | "CLOSING" | "CLOSED" | "MERGED";
                                tableIds: string[];
                                totalCents: number;
                                waiterId: string | null;
                            };
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, ORDER_ALREADY_PAID, ORDER_TRANSFER_OVER_PAID, ORDER_TRANSFER_DISCOUNTED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getUsers: {
        parameters: {
            query?: {
                page?: number;
                role?: "ADMIN" | "MANAGER" | "CASHIER" | "WAITER" | "KITCHEN" | "CUSTOMER";
                size?: number;
                sort?: string;
                status?: "ACTIVE" | "INACTIVE";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            hasPin: boolean;
                            id: string;
                            lockedUntil: string | null;
                            name: string;
                            /** Format: date-time */
                            passwordChangedAt: string;
                            /** Format: date-time */
                            passwordExpiresAt: string;
                            role: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        }[];
                        error: null;
                        metadata?: components["schemas"]["PageMetadata"];
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    password: string;
                    pin?: string;
                    /** @enum {string} */
                    role: "ADMIN" | "MANAGER" | "CASHIER" | "WAITER" | "KITCHEN" | "CUSTOMER";
                    username: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            hasPin: boolean;
                            id: string;
                            lockedUntil: string | null;
                            name: string;
                            /** Format: date-time */
                            passwordChangedAt: string;
                            /** Format: date-time */
                            passwordExpiresAt: string;
                            role: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description USERNAME_TAKEN */
            409: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, PASSWORD_POLICY, PIN_POLICY */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    getUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            hasPin: boolean;
                            id: string;
                            lockedUntil: string | null;
                            name: string;
                            /** Format: date-time */
                            passwordChangedAt: string;
                            /** Format: date-time */
                            passwordExpiresAt: string;
                            role: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description USER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    deleteUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            hasPin: boolean;
                            id: string;
                            lockedUntil: string | null;
                            name: string;
                            /** Format: date-time */
                            passwordChangedAt: string;
                            /** Format: date-time */
                            passwordExpiresAt: string;
                            role: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description USER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    patchUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    status?: "ACTIVE" | "INACTIVE";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            hasPin: boolean;
                            id: string;
                            lockedUntil: string | null;
                            name: string;
                            /** Format: date-time */
                            passwordChangedAt: string;
                            /** Format: date-time */
                            passwordExpiresAt: string;
                            role: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description USER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postUsersByIdPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword?: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            hasPin: boolean;
                            id: string;
                            lockedUntil: string | null;
                            name: string;
                            /** Format: date-time */
                            passwordChangedAt: string;
                            /** Format: date-time */
                            passwordExpiresAt: string;
                            role: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID, INVALID_CREDENTIALS */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, CREDENTIAL_RESET_FORBIDDEN, CURRENT_PASSWORD_REQUIRED */
            403: components["responses"]["Error"];
            /** @description USER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, PASSWORD_POLICY, PASSWORD_REUSED */
            422: components["responses"]["Error"];
            /** @description ACCOUNT_LOCKED */
            423: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    putUsersByIdPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword?: string;
                    pin: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            hasPin: boolean;
                            id: string;
                            lockedUntil: string | null;
                            name: string;
                            /** Format: date-time */
                            passwordChangedAt: string;
                            /** Format: date-time */
                            passwordExpiresAt: string;
                            role: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID, INVALID_CREDENTIALS */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN, CREDENTIAL_RESET_FORBIDDEN, CURRENT_PASSWORD_REQUIRED */
            403: components["responses"]["Error"];
            /** @description USER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED, PIN_POLICY */
            422: components["responses"]["Error"];
            /** @description ACCOUNT_LOCKED */
            423: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    putUsersByIdRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "ADMIN" | "MANAGER" | "CASHIER" | "WAITER" | "KITCHEN" | "CUSTOMER";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            hasPin: boolean;
                            id: string;
                            lockedUntil: string | null;
                            name: string;
                            /** Format: date-time */
                            passwordChangedAt: string;
                            /** Format: date-time */
                            passwordExpiresAt: string;
                            role: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description USER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description BODY_TOO_LARGE */
            413: components["responses"]["Error"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
            /** @description STORAGE_FULL */
            507: components["responses"]["Error"];
        };
    };
    postUsersByIdUnlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            hasPin: boolean;
                            id: string;
                            lockedUntil: string | null;
                            name: string;
                            /** Format: date-time */
                            passwordChangedAt: string;
                            /** Format: date-time */
                            passwordExpiresAt: string;
                            role: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE";
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description UNAUTHENTICATED, TOKEN_INVALID */
            401: components["responses"]["Error"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error"];
            /** @description USER_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description API_KEY_RATE_LIMITED */
            429: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getCatalogImagesByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description ROUTE_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getCliente: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description WEB_APP_NOT_BUILT, SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getCliente2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getClienteConfigJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    postDemoPixByPaymentIdPay: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key, caller and path gets the first answer again and changes nothing. */
                "Idempotency-Key"?: string;
            };
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description PAYMENT_GATEWAY_NOT_CONFIGURED, PAYMENT_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description PAYMENT_NOT_PENDING */
            422: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getDocsApiMd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getGarcom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description WEB_APP_NOT_BUILT, SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getGarcom2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getGarcomConfigJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            checks: {
                                [key: string]: {
                                    /** @enum {string} */
                                    status: "ok" | "degraded" | "down";
                                } & {
                                    [key: string]: unknown;
                                };
                            };
                            /** @enum {string} */
                            status: "ok" | "degraded" | "down";
                            storeId: string;
                            uptimeSeconds: number;
                        };
                        error: null;
                        metadata?: Record<string, never> | null;
                        /** @constant */
                        success: true;
                    };
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getKds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description WEB_APP_NOT_BUILT, SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getKds2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getKdsConfigJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getPainel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description WEB_APP_NOT_BUILT, SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getPainel2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getPainelConfigJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getPos: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description WEB_APP_NOT_BUILT, SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getPos2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getPosConfigJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getStartCss: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getTotem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description WEB_APP_NOT_BUILT, SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getTotem2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getTotemConfigJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
    getWebAssetsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: components["responses"]["Error"];
            /** @description ROUTE_NOT_FOUND */
            404: components["responses"]["Error"];
            /** @description INTERNAL_ERROR */
            500: components["responses"]["Error"];
            /** @description WEB_APP_NOT_BUILT, SHUTTING_DOWN */
            503: components["responses"]["Error"];
        };
    };
}
