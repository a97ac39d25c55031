#pragma once

#include "incidents/RecordTab.h"


class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace csirtkit {

// Notification clocks of one incident: tick the rules that apply (from when the organisation became
// aware), see each obligation's deadline counting down (overdue in red), record a notice as sent —
// which also logs it in the communications — and save a draft notice to edit and send.
class NotificationsTab : public RecordTab
{
    Q_OBJECT

public:
    explicit NotificationsTab(QWidget *parent = nullptr);
    ~NotificationsTab() override;

    QString title() const override;

private:
    void buildUi();
    void retranslate() override;
    void startIncident() override;
    Result<void> refresh() override;
    QString recordsName() const override { return tr("Notifications"); }
    void refreshCountdowns();
    void ruleToggled(const QString &ruleKey, bool on);
    void markSent();
    void saveDraft();

    int m_open = 0;
    bool m_loading = false;
    QLabel *m_intro = nullptr;
    QLabel *m_awareLabel = nullptr;
    QLineEdit *m_aware = nullptr;
    QListWidget *m_rules = nullptr;
    QTableWidget *m_deadlines = nullptr;
    QLabel *m_sentLabel = nullptr;
    QLineEdit *m_sentAt = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_recipient = nullptr;
    QPushButton *m_markSent = nullptr;
    QPushButton *m_draft = nullptr;
    QPushButton *m_manageRules = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace csirtkit
