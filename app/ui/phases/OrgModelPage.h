#pragma once

#include "common/Page.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace csirtkit {

// Compares the organisational models (SEI, NIST, JPCERT/CC forms) side by side and records the
// chosen model with the reason.
class OrgModelPage : public Page
{
    Q_OBJECT

public:
    explicit OrgModelPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("model"); }
    QString title() const override { return tr("Organisational model"); }
    QString iconName() const override { return QStringLiteral(":/icons/model.svg"); }
    void setSession(WorkspaceSession *session) override;

    // Records `modelKey` with `reason` as one undo step; returns false (with a message) when refused.
    bool recordDecision(const QString &modelKey, const QString &reason);
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void fillTable();
    void retranslate();

    WorkspaceSession *m_session = nullptr;
    QLabel *m_titleLabel;
    QLabel *m_introLabel;
    QTableWidget *m_table;
    QLabel *m_decisionLabel;
    QLabel *m_currentLabel;
    QComboBox *m_model;
    QPlainTextEdit *m_reason;
    QPushButton *m_record;
    QLabel *m_error;
    QLabel *m_modelFieldLabel;
    QLabel *m_reasonFieldLabel;
};

} // namespace csirtkit
