#include "incidents/Taxonomy.h"

#include "common/CoreResources.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csirtkit {

namespace {

LocalText text(const QJsonValue &v)
{
    return LocalText::fromJson(v);
}

TaxonomyTerm term(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return { o.value(QLatin1String("key")).toString(), text(o.value(QLatin1String("title"))),
             text(o.value(QLatin1String("description"))) };
}

QList<TaxonomyTerm> terms(const QJsonValue &v)
{
    QList<TaxonomyTerm> list;
    for (const QJsonValue &item : v.toArray())
        list.append(term(item));
    return list;
}

bool contains(const QList<TaxonomyTerm> &list, const QString &key)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const TaxonomyTerm &t) { return t.key == key; });
}

} // namespace

const Taxonomy &Taxonomy::instance()
{
    static const Taxonomy taxonomy;
    return taxonomy;
}

Taxonomy::Taxonomy()
{
    initCoreResources();
    QFile file(QStringLiteral(":/content/taxonomy.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("CSIRT Kit content file taxonomy.json is missing from the build");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &c : root.value(QLatin1String("rsit")).toArray())
        m_rsit.append({ term(c), terms(c.toObject().value(QLatin1String("types"))) });
    m_jpcert = terms(root.value(QLatin1String("jpcert_categories")));
    for (const QJsonValue &t : root.value(QLatin1String("tlp")).toArray()) {
        const QJsonObject o = t.toObject();
        m_tlp.append({ o.value(QLatin1String("key")).toString(), o.value(QLatin1String("color")).toString(),
                       o.value(QLatin1String("text_color")).toString(), o.value(QLatin1String("background")).toString(),
                       text(o.value(QLatin1String("description"))) });
    }
    m_channels = terms(root.value(QLatin1String("report_channels")));
    m_statuses = terms(root.value(QLatin1String("statuses")));
    m_priorities = terms(root.value(QLatin1String("priorities")));
    m_levels = terms(root.value(QLatin1String("impact_levels")));
    for (const QJsonValue &m : root.value(QLatin1String("mapping")).toArray()) {
        const QJsonObject o = m.toObject();
        m_mapping.insert(o.value(QLatin1String("rsit_class")).toString() + QLatin1Char('/')
                             + o.value(QLatin1String("rsit_type")).toString(),
                         o.value(QLatin1String("jpcert")).toString());
    }
    const QJsonObject matrix = root.value(QLatin1String("priority_matrix")).toObject();
    for (auto impact = matrix.begin(); impact != matrix.end(); ++impact) {
        const QJsonObject row = impact.value().toObject();
        for (auto urgency = row.begin(); urgency != row.end(); ++urgency)
            m_matrix.insert(impact.key() + QLatin1Char('/') + urgency.key(), urgency.value().toString());
    }
}

bool Taxonomy::isRsit(const QString &classKey, const QString &typeKey) const
{
    for (const RsitClass &c : m_rsit)
        if (c.term.key == classKey)
            return contains(c.types, typeKey);
    return false;
}

bool Taxonomy::isJpcert(const QString &key) const
{
    return contains(m_jpcert, key);
}

bool Taxonomy::isTlp(const QString &key) const
{
    return std::any_of(m_tlp.cbegin(), m_tlp.cend(), [&](const TlpLabel &l) { return l.key == key; });
}

bool Taxonomy::isChannel(const QString &key) const
{
    return contains(m_channels, key);
}

bool Taxonomy::isLevel(const QString &key) const
{
    return contains(m_levels, key);
}

QString Taxonomy::defaultJpcert(const QString &classKey, const QString &typeKey) const
{
    return m_mapping.value(classKey + QLatin1Char('/') + typeKey, QStringLiteral("other"));
}

QString Taxonomy::priority(const QString &impact, const QString &urgency) const
{
    return m_matrix.value(impact + QLatin1Char('/') + urgency);
}

const TaxonomyTerm *Taxonomy::status(const QString &key) const
{
    for (const TaxonomyTerm &t : m_statuses)
        if (t.key == key)
            return &t;
    return nullptr;
}

} // namespace csirtkit
