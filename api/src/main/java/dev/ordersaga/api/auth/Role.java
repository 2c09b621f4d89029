package dev.ordersaga.api.auth;

/** What a caller may do. Operators may do everything a service may. */
public enum Role {
  /** The storefront backend: place, read, cancel. */
  SERVICE,
  /** People running the system: everything, including retrying a parked compensation. */
  OPERATOR;

  /** The names used in {@code @RolesAllowed}. */
  public static final class Names {
    public static final String SERVICE = "service";
    public static final String OPERATOR = "operator";

    private Names() {}
  }

  /** Whether this role may call a method that allows {@code roleName}. */
  public boolean grants(String roleName) {
    return switch (this) {
      case OPERATOR -> Names.OPERATOR.equals(roleName) || Names.SERVICE.equals(roleName);
      case SERVICE -> Names.SERVICE.equals(roleName);
    };
  }
}
