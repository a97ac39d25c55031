#pragma once

namespace csirtkit {

// Registers core.qrc (migrations, content) — it lives in a static library. Safe to call often.
void initCoreResources();

} // namespace csirtkit
