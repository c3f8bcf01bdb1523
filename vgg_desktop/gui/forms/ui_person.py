# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QWidget)

class Ui_PersonForm(object):
    def setupUi(self, PersonForm):
        if not PersonForm.objectName():
            PersonForm.setObjectName(u"PersonForm")
        PersonForm.resize(520, 400)
        self.form_layout = QFormLayout(PersonForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.salutation_label = QLabel(PersonForm)
        self.salutation_label.setObjectName(u"salutation_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.salutation_label)

        self.salutation = QComboBox(PersonForm)
        self.salutation.setObjectName(u"salutation")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.salutation)

        self.initials_label = QLabel(PersonForm)
        self.initials_label.setObjectName(u"initials_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.initials_label)

        self.initials = QLineEdit(PersonForm)
        self.initials.setObjectName(u"initials")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.initials)

        self.first_name_label = QLabel(PersonForm)
        self.first_name_label.setObjectName(u"first_name_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(PersonForm)
        self.first_name.setObjectName(u"first_name")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.last_name_label = QLabel(PersonForm)
        self.last_name_label.setObjectName(u"last_name_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(PersonForm)
        self.last_name.setObjectName(u"last_name")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.municipality_id_label = QLabel(PersonForm)
        self.municipality_id_label.setObjectName(u"municipality_id_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.municipality_id_label)

        self.municipality_id = QComboBox(PersonForm)
        self.municipality_id.setObjectName(u"municipality_id")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.municipality_id)

        self.function_label = QLabel(PersonForm)
        self.function_label.setObjectName(u"function_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.function_label)

        self.function = QLineEdit(PersonForm)
        self.function.setObjectName(u"function")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.function)

        self.email_label = QLabel(PersonForm)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(PersonForm)
        self.email.setObjectName(u"email")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email)

        self.phone_label = QLabel(PersonForm)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(PersonForm)
        self.phone.setObjectName(u"phone")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phone)

        self.notes_label = QLabel(PersonForm)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(PersonForm)
        self.notes.setObjectName(u"notes")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.notes.sizePolicy().hasHeightForWidth())
        self.notes.setSizePolicy(sizePolicy)
        self.notes.setMinimumSize(QSize(0, 60))
        self.notes.setTabChangesFocus(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)

#if QT_CONFIG(shortcut)
        self.salutation_label.setBuddy(self.salutation)
        self.initials_label.setBuddy(self.initials)
        self.first_name_label.setBuddy(self.first_name)
        self.last_name_label.setBuddy(self.last_name)
        self.municipality_id_label.setBuddy(self.municipality_id)
        self.function_label.setBuddy(self.function)
        self.email_label.setBuddy(self.email)
        self.phone_label.setBuddy(self.phone)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.salutation, self.initials)
        QWidget.setTabOrder(self.initials, self.first_name)
        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.municipality_id)
        QWidget.setTabOrder(self.municipality_id, self.function)
        QWidget.setTabOrder(self.function, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.notes)

        self.retranslateUi(PersonForm)

        QMetaObject.connectSlotsByName(PersonForm)
    # setupUi

    def retranslateUi(self, PersonForm):
        self.salutation_label.setText(QCoreApplication.translate("PersonForm", u"Salutation:", None))
        self.initials_label.setText(QCoreApplication.translate("PersonForm", u"Initials:", None))
        self.initials.setPlaceholderText(QCoreApplication.translate("PersonForm", u"e.g. A.B.", None))
        self.first_name_label.setText(QCoreApplication.translate("PersonForm", u"First name:", None))
        self.last_name_label.setText(QCoreApplication.translate("PersonForm", u"Last name: *", None))
        self.last_name.setPlaceholderText(QCoreApplication.translate("PersonForm", u"e.g. van der Tuuk", None))
        self.municipality_id_label.setText(QCoreApplication.translate("PersonForm", u"Municipality:", None))
#if QT_CONFIG(tooltip)
        self.municipality_id.setToolTip(QCoreApplication.translate("PersonForm", u"The municipality this person works for", None))
#endif // QT_CONFIG(tooltip)
        self.function_label.setText(QCoreApplication.translate("PersonForm", u"Function:", None))
        self.function.setPlaceholderText(QCoreApplication.translate("PersonForm", u"e.g. burgemeester, wethouder, raadslid", None))
        self.email_label.setText(QCoreApplication.translate("PersonForm", u"Email:", None))
        self.phone_label.setText(QCoreApplication.translate("PersonForm", u"Phone:", None))
        self.notes_label.setText(QCoreApplication.translate("PersonForm", u"Notes:", None))
        pass
    # retranslateUi

