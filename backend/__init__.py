"""Koushin (更新): renew software-licence subscriptions and pay by invoice and bank transfer."""
