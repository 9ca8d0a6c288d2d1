#pragma once

namespace tilltro::report {

/// What the handlingsplan document includes. Sensitive items (Våld, Riskbruk, the handledare's
/// notes) are out unless asked for.
struct ReportOptions {
    bool includeSensitive = false;
    bool easyRead = false;
};

} // namespace tilltro::report
