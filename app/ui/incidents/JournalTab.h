#pragma once

#include "incidents/IncidentTab.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace csirtkit {

// The incident's append-only journal: its timeline (revisions shown beside the entries they
// correct), a form to add an entry, "Revise…" for a correction and "Verify integrity" for the hash
// chain. Entries are not undoable; they are written at once and can only be revised.
class JournalTab : public IncidentTab
{
    Q_OBJECT

public:
    explicit JournalTab(QWidget *parent = nullptr);
    ~JournalTab() override;

    QString title() const override;
    void setIncident(WorkspaceSession *session, qint64 incidentId) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    class Model;

    void retranslate();
    void reload();
    void updateButtons();
    void addEntry();
    void reviseEntry();
    void writeRevision(qint64 entryId, const QString &kind, const QString &original, const QString &text);
    qint64 currentEntryId() const;
    void verifyIntegrity();
    bool append(const QString &kind, const QString &text, qint64 revises);

    WorkspaceSession *m_session = nullptr;
    qint64 m_incidentId = 0;
    Model *m_model;
    QLabel *m_zoneLabel;
    QLabel *m_emptyLabel;
    QTreeView *m_view;
    QPushButton *m_revise;
    QPushButton *m_verify;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
    QPushButton *m_add;
};

} // namespace csirtkit
