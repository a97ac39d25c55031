#include "incidents/TlpCeiling.h"

#include <QStringList>

namespace csirtkit {

int TlpCeiling::rank(const QString &label)
{
    static const QStringList order = { QStringLiteral("TLP:CLEAR"), QStringLiteral("TLP:GREEN"), QStringLiteral("TLP:AMBER"),
                                       QStringLiteral("TLP:AMBER+STRICT"), QStringLiteral("TLP:RED") };
    return int(order.indexOf(label.trimmed().toUpper()));
}

bool TlpCeiling::allows(const QString &ceiling, const QString &label)
{
    if (ceiling.isEmpty())
        return true;
    const int limit = rank(ceiling);
    const int own = rank(label);
    // Unlabelled material is treated as AMBER, the default of the incident log.
    return limit >= 0 && (own < 0 ? rank(QStringLiteral("TLP:AMBER")) : own) <= limit;
}

QString TlpCeiling::stricter(const QString &a, const QString &b)
{
    return rank(a) >= rank(b) ? a : b;
}

} // namespace csirtkit
