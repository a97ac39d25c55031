#pragma once

#include "incidents/RecordTab.h"


class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace csirtkit {

// The evidence register of one incident: items with where they are kept, who collected them and
// when, the SHA-256 of their file (hashed on a worker thread with progress and a working Cancel),
// re-verification that flags changed or missing files, and each item's chain of custody.
class EvidenceTab : public RecordTab
{
    Q_OBJECT

public:
    explicit EvidenceTab(QWidget *parent = nullptr);
    ~EvidenceTab() override;

    QString title() const override;

private:
    void retranslate() override;
    void startIncident() override;
    Result<void> refresh() override;
    QString recordsName() const override { return tr("Evidence"); }
    void reloadCustody();
    void updateButtons() override;
    void resetForm();
    void browse();
    void addEvidence();
    void reverify();
    void addCustody();

    int m_count = 0;
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
