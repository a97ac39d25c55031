#include "phases/ContentLibrary.h"

#include "common/CoreResources.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csirtkit {

namespace {

QJsonObject readJson(const QString &path, QCryptographicHash &hash)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("CSIRT Kit content file %s is missing from the build", qPrintable(path));
    const QByteArray data = file.readAll();
    hash.addData(data);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (!doc.isObject())
        qFatal("CSIRT Kit content file %s is not valid JSON: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc.object();
}

LocalText text(const QJsonValue &value)
{
    return LocalText::fromJson(value);
}

QList<LocalText> texts(const QJsonValue &value)
{
    QList<LocalText> list;
    for (const QJsonValue &v : value.toArray())
        list.append(text(v));
    return list;
}

} // namespace

const ContentLibrary &ContentLibrary::instance()
{
    static const ContentLibrary library;
    return library;
}

ContentLibrary::ContentLibrary()
{
    initCoreResources();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QJsonObject phases = readJson(QStringLiteral(":/content/phases.json"), hash);
    for (const QJsonValue &t : phases.value(QLatin1String("topics")).toArray()) {
        const QJsonObject o = t.toObject();
        m_topics.append({ o.value(QLatin1String("key")).toString(), o.value(QLatin1String("number")).toInt(),
                          text(o.value(QLatin1String("title"))), text(o.value(QLatin1String("summary"))) });
    }
    for (const QJsonValue &p : phases.value(QLatin1String("phases")).toArray()) {
        const QJsonObject po = p.toObject();
        ContentPhase phase { po.value(QLatin1String("key")).toString(), text(po.value(QLatin1String("title"))),
                             text(po.value(QLatin1String("summary"))), {} };
        for (const QJsonValue &s : po.value(QLatin1String("steps")).toArray()) {
            const QJsonObject so = s.toObject();
            ContentStep step;
            step.key = so.value(QLatin1String("key")).toString();
            step.phase = phase.key;
            step.title = text(so.value(QLatin1String("title")));
            step.purpose = text(so.value(QLatin1String("purpose")));
            step.guidance = text(so.value(QLatin1String("guidance")));
            step.deliverables = texts(so.value(QLatin1String("deliverables")));
            for (const QJsonValue &k : so.value(QLatin1String("topics")).toArray())
                step.topics << k.toString();
            for (const QJsonValue &i : so.value(QLatin1String("items")).toArray()) {
                const QJsonObject io = i.toObject();
                step.items.append({ io.value(QLatin1String("key")).toString(), text(io.value(QLatin1String("text"))) });
            }
            phase.steps.append(step);
        }
        m_phases.append(phase);
    }
    const QJsonObject services = readJson(QStringLiteral(":/content/services.json"), hash);
    for (const QJsonValue &a : services.value(QLatin1String("areas")).toArray()) {
        const QJsonObject ao = a.toObject();
        ContentServiceArea area { ao.value(QLatin1String("key")).toString(), ao.value(QLatin1String("number")).toInt(),
                                  text(ao.value(QLatin1String("title"))), text(ao.value(QLatin1String("summary"))), {} };
        for (const QJsonValue &s : ao.value(QLatin1String("services")).toArray()) {
            const QJsonObject so = s.toObject();
            area.services.append({ so.value(QLatin1String("key")).toString(), area.key,
                                   text(so.value(QLatin1String("title"))), text(so.value(QLatin1String("description"))),
                                   texts(so.value(QLatin1String("functions"))) });
        }
        m_areas.append(area);
    }
    const QJsonObject models = readJson(QStringLiteral(":/content/org_models.json"), hash);
    for (const QJsonValue &m : models.value(QLatin1String("models")).toArray()) {
        const QJsonObject mo = m.toObject();
        m_models.append({ mo.value(QLatin1String("key")).toString(), mo.value(QLatin1String("source")).toString(),
                          text(mo.value(QLatin1String("title"))), text(mo.value(QLatin1String("description"))),
                          texts(mo.value(QLatin1String("pros"))), texts(mo.value(QLatin1String("cons"))),
                          text(mo.value(QLatin1String("fits_when"))) });
    }
    m_fingerprint = hash.result().toHex();
}

const ContentTopic *ContentLibrary::topic(const QString &key) const
{
    for (const ContentTopic &t : m_topics)
        if (t.key == key)
            return &t;
    return nullptr;
}

const ContentService *ContentLibrary::service(const QString &key) const
{
    for (const ContentServiceArea &area : m_areas)
        for (const ContentService &s : area.services)
            if (s.key == key)
                return &s;
    return nullptr;
}

const ContentOrgModel *ContentLibrary::orgModel(const QString &key) const
{
    for (const ContentOrgModel &m : m_models)
        if (m.key == key)
            return &m;
    return nullptr;
}

QString ContentLibrary::phaseTitle(const QString &phaseKey, const QString &language) const
{
    for (const ContentPhase &p : m_phases)
        if (p.key == phaseKey)
            return p.title.in(language);
    return phaseKey;
}

LocalText LocalText::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return { o.value(QLatin1String("en")).toString(), o.value(QLatin1String("ja")).toString() };
}

} // namespace csirtkit
