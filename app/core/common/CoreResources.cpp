#include "common/CoreResources.h"

#include <QtGlobal>

static void registerCoreQrc()
{
    Q_INIT_RESOURCE(core);
}

namespace csirtkit {

void initCoreResources()
{
    static const bool done = [] {
        registerCoreQrc();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace csirtkit
