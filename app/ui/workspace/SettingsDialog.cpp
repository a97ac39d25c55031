#include "workspace/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "common/Config.h"
#include "common/Language.h"
#include "common/Theme.h"

#include <QEvent>

namespace csirtkit {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<::Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    fillCombos();
    connect(m_ui->languageComboBox, &QComboBox::activated, this,
            [this] { applyLanguage(m_ui->languageComboBox->currentData().toString()); });
    connect(m_ui->themeComboBox, &QComboBox::activated, this,
            [this] { applyTheme(m_ui->themeComboBox->currentData().toString()); });
    m_ui->userNameLineEdit->setText(Config::get(Config::Key::UserName).toString());
    connect(m_ui->userNameLineEdit, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_ui->userNameLineEdit->text().trimmed();
        if (name.isEmpty())
            Config::remove(Config::Key::UserName); // back to the account's name
        else
            Config::set(Config::Key::UserName, name);
        m_ui->userNameLineEdit->setText(Config::get(Config::Key::UserName).toString());
    });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillCombos()
{
    const QSignalBlocker blockLanguage(m_ui->languageComboBox);
    const QSignalBlocker blockTheme(m_ui->themeComboBox);
    m_ui->languageComboBox->clear();
    m_ui->languageComboBox->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_ui->languageComboBox->setCurrentIndex(
        m_ui->languageComboBox->findData(Config::get(Config::Key::Language).toString()));
    m_ui->themeComboBox->clear();
    m_ui->themeComboBox->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_ui->themeComboBox->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->themeComboBox->addItem(tr("Dark"), QStringLiteral("dark"));
    m_ui->themeComboBox->setCurrentIndex(m_ui->themeComboBox->findData(Config::get(Config::Key::Theme).toString()));
}

void SettingsDialog::applyLanguage(const QString &setting)
{
    Config::set(Config::Key::Language, setting);
    Language::apply(setting);
}

void SettingsDialog::applyTheme(const QString &setting)
{
    Config::set(Config::Key::Theme, setting);
    Theme::apply(setting);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
    }
}

} // namespace csirtkit
