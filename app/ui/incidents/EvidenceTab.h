#pragma once

#include "incidents/IncidentTab.h"

#include <QTimeZone>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace csirtkit {

// The evidence register of one incident: items with where they are kept, who collected them and
// when, the SHA-256 of their file (hashed on a worker thread with progress and a working Cancel),
// re-verification that flags changed or missing files, and each item's chain of custody.
class EvidenceTab : public IncidentTab
{
    Q_OBJECT

public:
    explicit EvidenceTab(QWidget *parent = nullptr);
    ~EvidenceTab() override;

    QString title() const override;
    void setIncident(WorkspaceSession *session, qint64 incidentId) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void reloadCustody();
    void updateButtons();
    void resetForm();
    qint64 selectedId() const;
    void browse();
    void addEvidence();
    void reverify();
    void addCustody();

    WorkspaceSession *m_session = nullptr;
    qint64 m_incidentId = 0;
    int m_count = 0;
    QTimeZone m_zone;
    QString m_custodyFromDefault; // what we filled in, so a user's own entry is kept

    QLabel *m_emptyLabel;
    QTreeWidget *m_view;
    QPushButton *m_reverify;
    QGroupBox *m_addBox;
    QLabel *m_itemLabel, *m_descriptionLabel, *m_storedAtLabel, *m_collectedByLabel, *m_collectedAtLabel, *m_fileLabel;
    QLineEdit *m_item, *m_description, *m_storedAt, *m_collectedBy, *m_collectedAt, *m_file;
    QLabel *m_zoneLabel;
    QPushButton *m_browse, *m_add;
    QLabel *m_status;
    QGroupBox *m_custodyBox;
    QLabel *m_custodyHint;
    QTreeWidget *m_custody;
    QLineEdit *m_custodyFrom, *m_custodyTo, *m_custodyWhen, *m_custodyPurpose;
    QList<QLabel *> m_custodyLabels;
    QPushButton *m_addCustody;
};

} // namespace csirtkit
