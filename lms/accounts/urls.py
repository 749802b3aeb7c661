from django.urls import path

from lms.accounts import views

urlpatterns = [
    path("profile/", views.profile, name="account_profile"),
    path("profile/data.json", views.download_data, name="account_download_data"),
    path("profile/delete/", views.delete_account, name="account_delete"),
]
