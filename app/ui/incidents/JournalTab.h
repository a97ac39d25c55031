#pragma once

#include "incidents/RecordTab.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace csirtkit {

// The incident's append-only journal: its timeline (revisions shown beside the entries they
// correct), a form to add an entry, "Revise…" for a correction and "Verify integrity" for the hash
// chain. Entries are not undoable; they are written at once and can only be revised.
class JournalTab : public RecordTab
{
    Q_OBJECT

public:
    explicit JournalTab(QWidget *parent = nullptr);
    ~JournalTab() override;

    QString title() const override;

private:
    class Model;

    void retranslate() override;
    void startIncident() override;
    Result<void> refresh() override;
    QString recordsName() const override { return tr("Journal"); }
    void updateButtons() override;
    void addEntry();
    void reviseEntry();
    void writeRevision(qint64 entryId, const QString &kind, const QString &original, const QString &text);
    qint64 currentEntryId() const;
    void verifyIntegrity();
    bool append(const QString &kind, const QString &text, qint64 revises);

    Model *m_model;
    bool m_scrollToEnd = false; // the next refresh shows the newest entries
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
