#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace csirtkit {

class Workspace;
struct TeamState;

// `csirtkit-cli team FILE roles|people|gaps|raci|staffing|rota|plan`: the team as text or JSON, the
// staffing calculation, the on-call rota as iCalendar and the staffing plan document. Exit codes as in
// CliCommands; `gaps --strict` exits 1 when any gap exists.
class TeamCliCommands
{
    Q_DECLARE_TR_FUNCTIONS(TeamCliCommands)

public:
    TeamCliCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    int run(const QStringList &arguments);

private:
    int roles(const TeamState &state, bool json);
    int people(const TeamState &state, bool json);
    int gaps(const TeamState &state, bool json, bool strict);
    int raci(const TeamState &state, bool json);
    int staffing(const QCommandLineParser &parser, const TeamState &state, bool json);
    int rota(const QCommandLineParser &parser, Workspace &workspace);
    int plan(const QCommandLineParser &parser, Workspace &workspace);
    void printJson(const class QJsonArray &array);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_language;
};

} // namespace csirtkit
